import Dispatch
import Foundation
import ProcessControl
import Synchronization
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
/// to 50 ms to every compiler run. Under a `BuildBudget`, the program leads a
/// process group of its own, watched with the build's other steps, and the
/// whole group is killed at a limit and when the program ends.
public enum ProcessRunner {
    public struct Result {
        public let status: Int32
        public let output: String
        public let errorText: String
        /// Why the build's budget stopped the program (a limit, in words), if it did.
        public var exceeded: String?
    }

    /// Set by the `plrustc` executable at start: it is then the reaper of its
    /// orphans (a process a build step starts with `setsid`, whose parent
    /// dies, comes back to plrustc), which count against the budget and are
    /// killed when a step ends. Not for a process hosting plrustc's libraries
    /// among other children (a test runner).
    public static func adoptOrphans() {
        if plrustc_adopt_orphans() == 0 { adoptsOrphans.withLock { $0 = true } }
    }
    static let adoptsOrphans = Mutex(false)

    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           budget: BuildBudget? = nil) -> Result {
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
        let limits = budget?.limits
        let processLimits = plrustc_process_limits(cpu_seconds: UInt64(max(0, limits?.cpuSeconds ?? 0)),
                                                   file_size: limits?.fileBytes ?? 0)
        let pid: pid_t = withCStrings([path] + arguments) { argv in
            withCStrings(environmentList) { envp in
                plrustc_spawn(path, argv, envp, outPath, errPath, processLimits, budget == nil ? 0 : 1, &spawnError)
            }
        }
        guard pid > 0 else {
            return Result(status: 127, output: "", errorText: "cannot run \(path): \(String(cString: strerror(spawnError)))")
        }
        budget?.enter(pid)
        // Wait for the leader's exit without reaping it: while it is a zombie
        // its pid (the group's id) cannot be reused, so what is left of the
        // group can be killed safely before it is.
        var information = siginfo_t()
        while waitid(P_PID, id_t(pid), &information, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        if budget != nil { kill(-pid, SIGKILL) }
        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) == -1 && errno == EINTR {}
        let exceeded = budget?.leave(pid, usage: usage)
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

/// What one build may still use, shared by all its steps (rustc, the typed
/// check beside it, the linker, cargo and everything it starts): CPU time
/// adds up over the steps, memory over the steps running at once, and the
/// wall clock runs from the first step. Every 50 ms a watch reads /proc for
/// the process groups of the steps running (and, where plrustc adopts
/// orphans, the processes that left them); at a limit it kills all of them.
public final class BuildBudget: @unchecked Sendable {
    public let limits: BuildLimits
    private let lock = NSLock()
    private var leaders: Set<pid_t> = []
    /// CPU ticks of the steps that ended.
    private var spentTicks = 0
    private var reason: String?
    private var started: DispatchTime?
    private var watching = false
    private let wake = DispatchSemaphore(value: 0)
    private static let ticksPerSecond = max(1, Int(sysconf(Int32(_SC_CLK_TCK))))
    private static let pageSize = UInt64(max(1, sysconf(Int32(_SC_PAGESIZE))))

    public init(limits: BuildLimits) {
        self.limits = limits
    }

    /// A step started, leading the process group `pid`.
    func enter(_ pid: pid_t) {
        let startsWatch: Bool = lock.withLock {
            if started == nil { started = .now() }
            leaders.insert(pid)
            if let reason, !reason.isEmpty { kill(-pid, SIGKILL) }
            defer { watching = true }
            return !watching
        }
        if startsWatch { DispatchQueue.global().async { self.watch() } }
    }

    /// A step ended (reaped with `usage`): what stopped it, if the budget did.
    func leave(_ pid: pid_t, usage: rusage) -> String? {
        let ticks = { (time: timeval) in Int(time.tv_sec) * BuildBudget.ticksPerSecond
            + Int(time.tv_usec) * BuildBudget.ticksPerSecond / 1_000_000 }
        let stopped: String? = lock.withLock {
            leaders.remove(pid)
            spentTicks += ticks(usage.ru_utime) + ticks(usage.ru_stime)
            if leaders.isEmpty { wake.signal() }
            return reason
        }
        killOrphans()
        return stopped
    }

    private func watch() {
        while true {
            _ = wake.wait(timeout: .now() + .milliseconds(50))
            let (groups, elapsed, spent): (Set<pid_t>, Double, Int) = lock.withLock {
                let seconds = started.map { Double(DispatchTime.now().uptimeNanoseconds - $0.uptimeNanoseconds) / 1e9 } ?? 0
                return (leaders, seconds, spentTicks)
            }
            if groups.isEmpty {
                let done: Bool = lock.withLock {
                    guard leaders.isEmpty else { return false }
                    watching = false
                    return true
                }
                if done { return }
                continue
            }
            let (ticks, pages) = sample(groups)
            var exceeded: String?
            if elapsed > Double(limits.wallSeconds) {
                exceeded = "the build took more than \(limits.wallSeconds) s"
            } else if (spent + ticks) / BuildBudget.ticksPerSecond > limits.cpuSeconds {
                exceeded = "the build used more than \(limits.cpuSeconds) s of CPU time"
            } else if pages * BuildBudget.pageSize > limits.memoryBytes {
                exceeded = "the build used more than \(ByteCount.text(limits.memoryBytes)) of memory"
            }
            guard let exceeded else { continue }
            lock.withLock {
                if reason == nil { reason = exceeded }
                for leader in leaders { kill(-leader, SIGKILL) }
            }
            killOrphans()
        }
    }

    /// CPU ticks and resident pages of the groups' members, and of orphans plrustc adopted, from /proc.
    private func sample(_ groups: Set<pid_t>) -> (ticks: Int, pages: UInt64) {
        let adopts = ProcessRunner.adoptsOrphans.withLock { $0 }
        let me = getpid()
        var ticks = 0
        var pages: UInt64 = 0
        for process in BuildBudget.processes() {
            guard groups.contains(process.group) || (adopts && process.parent == me && !groups.contains(process.pid)) else { continue }
            ticks += process.ticks
            pages += process.pages
        }
        return (ticks, pages)
    }

    /// Kills the processes plrustc adopted that no running step leads: what a step left behind.
    private func killOrphans() {
        guard ProcessRunner.adoptsOrphans.withLock({ $0 }) else { return }
        let me = getpid()
        let running = lock.withLock { leaders }
        for process in BuildBudget.processes() where process.parent == me && !running.contains(process.pid) {
            // Its own group and itself; then reap it (plrustc is its parent now).
            kill(-process.group, SIGKILL)
            kill(process.pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(process.pid, &status, 0)
        }
    }

    private struct ProcessStat {
        let pid: pid_t
        let parent: pid_t
        let group: pid_t
        let ticks: Int
        let pages: UInt64
    }

    /// Every process's parent, group, CPU ticks (its own and its reaped children's) and resident pages.
    private static func processes() -> [ProcessStat] {
        guard let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var found: [ProcessStat] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After `pid (comm)`: state, ppid, pgrp, … utime (14), stime, cutime, cstime (17), … rss (24).
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 21, let parent = pid_t(fields[1]), let group = pid_t(fields[2]) else { continue }
            let ticks = (11...14).reduce(0) { $0 + (Int(fields[$1]) ?? 0) }
            found.append(ProcessStat(pid: pid, parent: parent, group: group, ticks: ticks, pages: UInt64(fields[21]) ?? 0))
        }
        return found
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
