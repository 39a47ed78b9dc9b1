// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "trade-office-reports",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TradeMetrics", targets: ["TradeMetrics"]),
        .library(name: "Reports", targets: ["Reports"]),
        .executable(name: "report-cli", targets: ["report-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Pure Swift: activity records in, tables out. (Named so as not to clash with apple/swift-metrics'
        // `Metrics`, which the server's packages bring; its folder is Sources/Metrics.)
        .target(name: "TradeMetrics", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Sources/Metrics"),
        .target(name: "Reports", dependencies: ["TradeMetrics", "CXlsxWriter", .product(name: "Yams", package: "Yams")]),
        // The library API both front ends call: check a log, make each report.
        .target(name: "ReportJobs", dependencies: ["TradeMetrics", "Reports"]),
        // The office's web page and HTTP API (`report-cli serve`).
        .target(
            name: "Server",
            dependencies: [
                "ReportJobs", "TradeMetrics", "Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "report-cli",
            dependencies: [
                "TradeMetrics", "Reports", "ReportJobs", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MetricsTests",
            dependencies: ["TradeMetrics", .product(name: "PropertyBased", package: "swift-property-based"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "TradeMetrics", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ReportJobsTests",
            dependencies: ["ReportJobs", "Reports", "TradeMetrics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CLITests", dependencies: ["report-cli", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Malformed"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "ReportJobs", "TradeMetrics",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
