// swift-tools-version: 6.1
import PackageDescription

/// Settings every Wharf target shares: Swift 6 language mode (strict concurrency) and `any` for existentials.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Wharf",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wharf", targets: ["WharfCLI"]),
        .executable(name: "wharf-bench", targets: ["WharfBench"]),
        .library(name: "WharfCore", targets: ["WharfCore"]),
        .library(name: "Canonical", targets: ["Canonical"]),
        .library(name: "X12", targets: ["X12"]),
        .library(name: "X12Mapping", targets: ["X12Mapping"]),
        .library(name: "Partners", targets: ["Partners"]),
        .library(name: "HL7v2", targets: ["HL7v2"]),
        .library(name: "FHIR", targets: ["FHIR"]),
        .library(name: "FlatFile", targets: ["FlatFile"]),
        .library(name: "HL7v2Mapping", targets: ["HL7v2Mapping"]),
        .library(name: "Transport", targets: ["Transport"]),
        .library(name: "TransportMLLP", targets: ["TransportMLLP"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "FHIRMapping", targets: ["FHIRMapping"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "TransportHTTP", targets: ["TransportHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(name: "Canonical", swiftSettings: strictSettings),
        .target(name: "WharfCore", dependencies: ["Canonical"], swiftSettings: strictSettings),
        .target(name: "X12", dependencies: ["WharfCore"], swiftSettings: strictSettings),
        .target(name: "X12Mapping", dependencies: ["X12", "Canonical", "WharfCore"], swiftSettings: strictSettings),
        .target(name: "HL7v2", dependencies: ["WharfCore"], swiftSettings: strictSettings),
        /// FHIR R4/R5 JSON: exact-number reader, definitions from specs/fhir, validation by JSON pointer, OperationOutcome.
        .target(name: "FHIR", dependencies: ["WharfCore"], swiftSettings: strictSettings),
        /// Canonical documents ↔ FHIR R4/R5 resources and Bundles (specs/mappings/fhir.md).
        .target(name: "FHIRMapping", dependencies: ["FHIR", "Canonical", "WharfCore"], swiftSettings: strictSettings),
        /// CSV reader/writer and layout-driven mapping (layouts in specs/csv).
        .target(name: "FlatFile", dependencies: ["Canonical", "WharfCore", .product(name: "Yams", package: "Yams")],
                swiftSettings: strictSettings),
        .target(name: "HL7v2Mapping", dependencies: ["HL7v2", "Canonical", "WharfCore", "Transport"],
                swiftSettings: strictSettings),
        /// Transport contracts (inbound sink, origin, receipt) and the local-directory implementation.
        .target(name: "Transport", dependencies: ["WharfCore", .product(name: "Logging", package: "swift-log"),
                                                 .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
                swiftSettings: strictSettings),
        /// MLLP listener and sender over SwiftNIO; the ACK content comes from the caller (transports know no format).
        .target(
            name: "TransportMLLP",
            dependencies: ["Transport", "WharfCore", .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        /// The durable message store: messages, duplicate ledger, delivery attempts, sequences (SQLite via GRDB).
        .target(name: "Store", dependencies: ["WharfCore", .product(name: "GRDB", package: "GRDB.swift")],
                swiftSettings: strictSettings),
        /// HTTP push (AsyncHTTPClient: auth, OAuth2, mutual TLS) and the HTTP intake server (NIOHTTP1).
        .target(
            name: "TransportHTTP",
            dependencies: ["Transport", "WharfCore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            swiftSettings: strictSettings
        ),
        /// libssh2 (Debian's libssh2-1-dev) for TransportSFTP.
        .systemLibrary(name: "CLibSSH2", pkgConfig: "libssh2", providers: [.apt(["libssh2-1-dev"])]),
        /// SFTP over libssh2: sessions on their own queues, pinned host keys, listing, reading, writing, renaming.
        .target(name: "TransportSFTP",
                dependencies: ["CLibSSH2", "Transport", "WharfCore", .product(name: "Logging", package: "swift-log"),
                               .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
                swiftSettings: strictSettings),
        /// Partner profiles, routes, cross-references, guide overlays, control numbers. Imports X12 for the overlays:
        /// a partner's narrowing of a guide is checked against the standard's dictionary when the profile loads.
        .target(
            name: "Partners",
            dependencies: ["WharfCore", "Canonical", "X12", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        /// The daemon's work: intake into the store, translation along partner routes, delivery with retries.
        .target(
            name: "Pipeline",
            dependencies: ["WharfCore", "Canonical", "X12", "X12Mapping", "HL7v2", "HL7v2Mapping", "FHIR", "FHIRMapping",
                           "FlatFile", "Partners", "Store", "Transport", "TransportMLLP", "TransportHTTP", "TransportSFTP",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                           .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "WharfCLI",
            dependencies: [
                "Canonical", "WharfCore", "X12", "X12Mapping", "Partners", "HL7v2", "HL7v2Mapping", "FHIR", "Transport",
                "TransportMLLP", "Store", "Pipeline", "FlatFile", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "WharfBench",
            dependencies: ["WharfCore", "X12", "X12Mapping", "Canonical", "HL7v2", "HL7v2Mapping", "Transport",
                           "TransportMLLP", "FHIRMapping", "FlatFile", "TransportSFTP", "Store", "Pipeline", "Partners",
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings
        ),
        /// Built only by `make fuzz` (scripts/fuzz.sh) with `-sanitize=fuzzer,address`.
        /// The libFuzzer driver shared by the fuzz targets.
        .target(name: "FuzzSupport", swiftSettings: strictSettings),
        .executableTarget(name: "X12Fuzz", dependencies: ["Canonical", "WharfCore", "X12", "X12Mapping", "FuzzSupport"], swiftSettings: strictSettings),
        /// Built only by `make fuzz` (scripts/fuzz.sh) with `-sanitize=fuzzer,address`.
        .executableTarget(name: "HL7v2Fuzz", dependencies: ["WharfCore", "HL7v2", "HL7v2Mapping", "FuzzSupport"],
                          swiftSettings: strictSettings),
        .target(name: "WharfTestSupport",
                dependencies: ["WharfCore", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                               .product(name: "NIOHTTP1", package: "swift-nio"),
                               .product(name: "NIOSSL", package: "swift-nio-ssl")],
                path: "Tests/WharfTestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "TransportHTTPTests",
            dependencies: ["TransportHTTP", "Transport", "WharfCore", "WharfTestSupport",
                           .product(name: "AsyncHTTPClient", package: "async-http-client"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                           .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CanonicalTests", dependencies: ["Canonical"], swiftSettings: strictSettings),
        .testTarget(name: "WharfCoreTests", dependencies: ["WharfCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "X12Tests",
            dependencies: [
                "X12", "WharfCore", "WharfTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "X12MappingTests", dependencies: ["X12Mapping", "X12", "Canonical", "WharfCore", "WharfTestSupport"],
            exclude: ["Goldens"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HL7v2Tests",
            dependencies: ["HL7v2", "WharfCore", "WharfTestSupport",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HL7v2MappingTests",
            dependencies: ["HL7v2Mapping", "HL7v2", "Canonical", "WharfCore", "WharfTestSupport"],
            exclude: ["Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TransportMLLPTests",
            dependencies: ["TransportMLLP", "Transport", "HL7v2", "HL7v2Mapping", "WharfCore", "WharfTestSupport",
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FHIRTests", dependencies: ["FHIR", "WharfCore", "WharfTestSupport"],
            exclude: ["Fixtures", "Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlatFileTests",
            dependencies: ["FlatFile", "Canonical", "WharfCore", "WharfTestSupport",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FHIRMappingTests", dependencies: ["FHIRMapping", "FHIR", "Canonical", "WharfCore", "WharfTestSupport"],
            exclude: ["Fixtures", "Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "Store", "Transport", "TransportHTTP", "Partners", "WharfCore", "WharfTestSupport",
                           "X12Mapping", .product(name: "NIOHTTP1", package: "swift-nio"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            exclude: ["Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CrossFormatTests",
            dependencies: ["X12", "X12Mapping", "FHIR", "FHIRMapping", "FlatFile", "Canonical", "WharfCore",
                           "WharfTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["WharfCLI", "WharfTestSupport"], swiftSettings: strictSettings
        ),
        .testTarget(name: "TransportSFTPTests",
                    dependencies: ["TransportSFTP", "Transport", "WharfCore", "WharfTestSupport", "Store", "Pipeline", "Partners",
                                   .product(name: "Logging", package: "swift-log")],
                    swiftSettings: strictSettings),
        .testTarget(name: "StoreTests", dependencies: ["Store", "WharfCore", "WharfTestSupport"],
                    swiftSettings: strictSettings),
        .testTarget(
            name: "PartnersTests", dependencies: ["Partners", "WharfCore", "Canonical", "X12", "X12Mapping", "WharfTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WharfCLITests", dependencies: ["WharfCLI", "X12", "WharfCore", "WharfTestSupport"],
            exclude: ["Goldens"], swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ConformanceTests", dependencies: ["WharfCLI", "Canonical", "X12", "X12Mapping", "HL7v2", "WharfCore", "WharfTestSupport"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
