// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "trade-office-reports",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Metrics", targets: ["Metrics"]),
        .library(name: "Reports", targets: ["Reports"]),
        .executable(name: "report-cli", targets: ["report-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "Metrics", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Reports", dependencies: ["Metrics", "CXlsxWriter", .product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "report-cli",
            dependencies: [
                "Metrics", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MetricsTests",
            dependencies: ["Metrics", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Metrics", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CLITests", dependencies: ["report-cli"], exclude: ["Malformed"]),
    ],
    swiftLanguageModes: [.v6]
)
