import Dispatch
import Foundation
import ProcessControl
#if canImport(Glibc)
import Glibc
#endif

/// What one build may use: the compiler runs on the database server with a
/// function body as its input, and a body can make it work without end
/// (const evaluation, types that grow with every level). Every process a
/// build starts is watched as one tree and the whole tree is killed at a limit.
public struct BuildLimits: Sendable, Equatable {
    /// CPU time of the whole tree (`plrustc.build_cpu_time`).
    public var cpuSeconds: Int = 120
    /// Time on the clock (`plrustc.build_wall_time`).
    public var wallSeconds: Int = 300
    /// Resident memory of the whole tree at any moment (`plrustc.build_memory`).
    public var memoryBytes: UInt64 = 2 << 30
    /// The largest file any process of the build may write (`plrustc.build_file_size`).
    public var fileBytes: UInt64 = 512 << 20
    /// The largest library a build may deliver (`plrustc.artifact_size`); it is stored twice, cached and delivered.
    public var artifactBytes: UInt64 = 64 << 20

    public init() {}

    public static let defaults = BuildLimits()
}

/// Runs a program to completion and collects its output (through files, so a
/// chatty program never blocks on a full pipe). Spawns and waits with the C
/// library: Foundation's `Process.waitUntilExit` polls a run loop and adds up
/// to 50 ms to every compiler run. With `limits`, the program leads a process
/// group of its own, and a watch kills the whole group at a limit.
public enum ProcessRunner {
    public struct Result {
        public let status: Int32
        public let output: String
        public let errorText: String
        /// Why the watch stopped the program (a limit, in words), if it did.
        public var exceeded: String?
    }

    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           limits: BuildLimits? = nil) -> Result {
        let path = executable.contains("/") ? executable
            : Toolchain.findOnPath(executable, environment: ProcessInfo.processInfo.environment) ?? executable
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plrustc-run-\(UUID().uuidString)")
        let outPath = scratch.path + ".out"
        let errPath = scratch.path + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        let environmentList = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var spawnError: Int32 = 0
        let processLimits = plrustc_process_limits(cpu_seconds: UInt64(max(0, limits?.cpuSeconds ?? 0)),
                                                   file_size: limits?.fileBytes ?? 0)
        let pid: pid_t = withCStrings([path] + arguments) { argv in
            withCStrings(environmentList) { envp in
                plrustc_spawn(path, argv, envp, outPath, errPath, processLimits, &spawnError)
            }
        }
        guard pid > 0 else {
            return Result(status: 127, output: "", errorText: "cannot run \(path): \(String(cString: strerror(spawnError)))")
        }
        let watch = limits.map { TreeWatch(group: pid, limits: $0) }
        watch?.start()
        // Wait for the leader's exit without reaping it: while it is a zombie
        // its pid (the group's id) cannot be reused, so what is left of the
        // group can be killed safely before it is.
        var information = siginfo_t()
        while waitid(P_PID, id_t(pid), &information, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        kill(-pid, SIGKILL)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exceeded = watch?.stop()
        // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (they are macros in C).
        let signal = waitStatus & 0x7F
        let exitCode: Int32 = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errorText = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        var reason = exceeded
        if reason == nil, let limits {
            // The kernel's own limits end a process with a signal of their own, or
            // fail its write with EFBIG, which rustc and the linker report as an error.
            if signal == SIGXCPU { reason = "a process of the build used more than \(limits.cpuSeconds) s of CPU time" }
            if signal == SIGXFSZ || exitCode != 0 && (errorText.contains("(os error 27)") || errorText.contains("File too large")) {
                reason = "the build wrote a file larger than \(ByteCount.text(limits.fileBytes))"
            }
        }
        return Result(status: exitCode, output: output, errorText: errorText, exceeded: reason)
    }

    /// A NULL-terminated array of C strings for the length of `body`.
    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}

/// Watches one process group: every 50 ms, the CPU time (its members' own
/// and that of the children they have reaped) and resident memory of all its
/// members, and the time since it started; at a limit it kills the group.
private final class TreeWatch: @unchecked Sendable {
    let group: pid_t
    let limits: BuildLimits
    private let started = DispatchTime.now()
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var reason: String?
    private static let ticksPerSecond = max(1, Int(sysconf(Int32(_SC_CLK_TCK))))
    private static let pageSize = UInt64(max(1, sysconf(Int32(_SC_PAGESIZE))))

    init(group: pid_t, limits: BuildLimits) {
        self.group = group
        self.limits = limits
    }

    func start() {
        DispatchQueue.global().async {
            while self.done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
                guard self.lock.withLock({ self.reason }) == nil, let exceeded = self.check() else { continue }
                self.lock.withLock { self.reason = exceeded }
                kill(-self.group, SIGKILL)
            }
            self.finished.signal()
        }
    }

    /// Ends the watch; the limit it stopped the group at, if any.
    func stop() -> String? {
        done.signal()
        finished.wait()
        return lock.withLock { reason }
    }

    private func check() -> String? {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        if elapsed > Double(limits.wallSeconds) { return "the build took more than \(limits.wallSeconds) s" }
        let (ticks, pages) = sample()
        if ticks / Self.ticksPerSecond > limits.cpuSeconds {
            return "the build used more than \(limits.cpuSeconds) s of CPU time"
        }
        if pages * Self.pageSize > limits.memoryBytes {
            return "the build used more than \(ByteCount.text(limits.memoryBytes)) of memory"
        }
        return nil
    }

    /// CPU ticks and resident pages of the group's members, from /proc.
    private func sample() -> (ticks: Int, pages: UInt64) {
        guard let directory = opendir("/proc") else { return (0, 0) }
        defer { closedir(directory) }
        var ticks = 0
        var pages: UInt64 = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let first = name.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After `pid (comm)`: state, ppid, pgrp, … utime (14), stime, cutime, cstime (17), … rss (24).
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 21, Int32(fields[2]) == group else { continue }
            for index in 11...14 { ticks += Int(fields[index]) ?? 0 }
            pages += UInt64(fields[21]) ?? 0
        }
        return (ticks, pages)
    }
}

/// Sizes in PostgreSQL's units (`kB`, `MB`, `GB`, `TB`, powers of 1024).
public enum ByteCount {
    public static func text(_ bytes: UInt64) -> String {
        let units: [(String, UInt64)] = [("TB", 1 << 40), ("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)]
        for (unit, size) in units where bytes >= size && bytes % size == 0 { return "\(bytes / size) \(unit)" }
        return "\(bytes) bytes"
    }

    /// `512MB`, `2 GB`, `64kB`, or a number of bytes.
    public static func parse(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard let number = UInt64(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let factors: [String: UInt64] = ["": 1, "B": 1, "kB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40]
        guard let factor = factors[unit] else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow || product == 0 ? nil : product
    }
}

/// Durations in PostgreSQL's units (`s`, `min`, `h`; a bare number is seconds).
public enum Seconds {
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard digits.count <= 9, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let factors: [String: Int] = ["": 1, "s": 1, "min": 60, "h": 3600]
        guard let factor = factors[unit], number > 0 else { return nil }
        return number * factor
    }
}
