let path = env!("PATH");
let toolchain = option_env!("RUSTUP_TOOLCHAIN");
let text = "env!(\"PATH\")";
Ok(Some(format!("{}{:?}{}", path, toolchain, text)))
