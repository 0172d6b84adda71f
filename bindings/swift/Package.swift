// swift-tools-version:5.9
// TellSafe for Swift. The uniffi-generated files (tellsafe.swift, tellsafe_core.swift) and the
// C headers are not committed: scripts/bindings generates them from the built library and copies
// them into Sources/TellSafe/Generated and Sources/TellSafeFFI before `swift build` / `swift test`.
// For iOS/macOS, see README.md (binary target with an XCFramework).
import PackageDescription

let package = Package(
    name: "TellSafe",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "TellSafe", targets: ["TellSafe"]),
    ],
    targets: [
        // The C side: module map over the two generated headers, linking libtellsafe_ffi.
        .systemLibrary(name: "TellSafeFFI", path: "Sources/TellSafeFFI"),
        .target(
            name: "TellSafe",
            dependencies: ["TellSafeFFI"],
            path: "Sources/TellSafe",
            swiftSettings: [.unsafeFlags(["-suppress-warnings"])]
        ),
        .testTarget(
            name: "TellSafeTests",
            dependencies: ["TellSafe"],
            path: "Tests/TellSafeTests"
        ),
    ]
)
