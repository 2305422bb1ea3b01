// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Rapat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapat", targets: ["rapat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
    ],
    targets: [
        .target(name: "RapatText"),
        .target(name: "RapatCore", dependencies: ["RapatText"]),
        .systemLibrary(name: "CLibcrypto", path: "Sources/CLibcrypto"),
        .target(
            name: "RapatStore",
            dependencies: [
                "RapatCore", "CLibcrypto",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode", pkgConfig: "libqrencode",
                       providers: [.apt(["libqrencode-dev"])]),
        .target(name: "TextLayout"),
        .target(name: "TerminalUI", dependencies: ["TextLayout"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "TerminalUICurses", dependencies: ["TerminalUI", "CNcursesw"]),
        .target(name: "RapatApp", dependencies: ["RapatText", "RapatCore", "RapatStore", "RapatDocuments", "TerminalUI"]),
        .target(
            name: "RapatDocuments",
            dependencies: [
                "RapatText", "RapatCore", "RapatStore", "TextLayout", "CPangoCairo", "CQRencode",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "RapatBroadcast",
            dependencies: [
                "RapatText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "rapat",
            dependencies: [
                "RapatText", "RapatCore", "RapatStore", "RapatApp", "RapatDocuments", "RapatBroadcast", "TextLayout", "TerminalUI", "TerminalUICurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "RapatTesting", dependencies: ["RapatCore", "RapatStore", "TerminalUI"], path: "Tests/RapatTesting"),
        .testTarget(name: "RapatTextTests", dependencies: ["RapatText"]),
        .testTarget(name: "RapatCoreTests", dependencies: ["RapatCore", "RapatTesting", "RapatText"]),
        .testTarget(name: "RapatStoreTests", dependencies: ["RapatStore", "RapatTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "RapatBroadcastTests", dependencies: ["RapatBroadcast", "RapatTesting"]),
        .testTarget(
            name: "RapatAppTests", dependencies: ["RapatApp", "RapatDocuments", "RapatTesting", "TerminalUI"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "RapatDocumentsTests",
            dependencies: ["RapatDocuments", "RapatStore", "RapatCore", "TextLayout", "TerminalUI", "RapatTesting", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["rapat", "RapatCore", "RapatStore", "RapatTesting", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
