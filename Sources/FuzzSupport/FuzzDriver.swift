#if canImport(Glibc)
import Glibc
#endif

/// The entry point of Wharf's libFuzzer targets (`make fuzz`, scripts/fuzz.sh).
///
/// Built with `-DFUZZING -sanitize=fuzzer,address` it hands control to libFuzzer's driver (all libFuzzer flags
/// apply). Built normally it replays the files named on the command line through the same function, so a crash found
/// by the fuzzer can be reproduced and debugged in an ordinary build.
public enum FuzzDriver {
    #if FUZZING
    typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    @_silgen_name("LLVMFuzzerRunDriver")
    static func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: Callback
    ) -> Int32

    nonisolated(unsafe) static var target: ((UnsafeBufferPointer<UInt8>) -> Void)?
    #endif

    /// Runs `fuzzOneInput` under libFuzzer (fuzzing builds) or on each file named on the command line; `name` labels
    /// the replay output.
    public static func run(_ name: String, _ fuzzOneInput: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
        #if FUZZING
        Self.target = fuzzOneInput
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(Self.LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.target?(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else {
                print("\(name): cannot read \(path)")
                exit(2)
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 {
                bytes.append(contentsOf: buffer[0..<count])
            }
            fclose(file)
            bytes.withUnsafeBufferPointer(fuzzOneInput)
            print("ok \(path)")
        }
        exit(0)
        #endif
    }
}
