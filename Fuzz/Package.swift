// swift-tools-version: 6.0
// libFuzzer targets for the main package, a package of their own so that the main build never sees
// them. Build and run them with `Fuzz/run` (see README.md).
import PackageDescription

let metrics = Target.Dependency.product(name: "TradeMetrics", package: "trade-office-reports")
let reports = Target.Dependency.product(name: "Reports", package: "trade-office-reports")
let support = Target.Dependency.target(name: "FuzzSupport")

let package = Package(
    name: "trade-office-reports-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "trade-office-reports", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzLogReader", dependencies: [metrics, support]),
        .executableTarget(name: "FuzzDay", dependencies: [metrics, support]),
        .executableTarget(name: "FuzzNumber", dependencies: [metrics, support]),
        .executableTarget(name: "FuzzPeriod", dependencies: [metrics, support]),
        .executableTarget(name: "FuzzTemplate", dependencies: [reports, metrics, support]),
        .executableTarget(name: "FuzzWorkbook", dependencies: [metrics, support]),
    ],
    swiftLanguageModes: [.v6]
)
