#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` on a new thread with a large stack and waits for it.
///
/// The parser bounds its own recursion (see `Parser.maxDepth`), so this is a
/// second guard: callers that walk trees recursively get head-room that does
/// not depend on the caller's thread (test runners use small stacks).
///
/// Call it from nonisolated code: a closure formed in main-actor code (such as
/// `main.swift`'s top level) is main-actor isolated, and Swift stops the
/// program when it runs on this other thread.
public func withLargeStack<T>(bytes: Int = 256 << 20, _ body: @escaping () -> T) -> T {
    let box = StackBox<T>(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, bytes)
    #if canImport(Darwin)
    var thread: pthread_t?
    #else
    var thread = pthread_t()
    #endif
    let context = Unmanaged<AnyStackBox>.passRetained(box).toOpaque()
    let started = pthread_create(&thread, &attributes, { raw in
        #if canImport(Darwin)
        let pointer = raw
        #else
        guard let pointer = raw else { return nil }
        #endif
        let box = Unmanaged<AnyStackBox>.fromOpaque(pointer).takeRetainedValue()
        box.run()
        return nil
    }, context)
    guard started == 0 else {
        // Could not start a thread: run here rather than fail.
        Unmanaged<AnyStackBox>.fromOpaque(context).release()
        return body()
    }
    #if canImport(Darwin)
    if let thread { pthread_join(thread, nil) }
    #else
    pthread_join(thread, nil)
    #endif
    if let result = box.result { return result }
    return body()
}

/// Type-erased so the C thread entry point (which cannot capture generics) can run it.
private class AnyStackBox: @unchecked Sendable {
    func run() {}
}

private final class StackBox<T>: AnyStackBox, @unchecked Sendable {
    let body: () -> T
    var result: T?
    init(_ body: @escaping () -> T) { self.body = body }
    override func run() { result = body() }
}
