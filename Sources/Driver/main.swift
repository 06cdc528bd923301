// Placeholder; the CLI is being written.
print("plrustc")
