// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "patchsh",
    products: [
        .executable(name: "patchsh", targets: ["patchsh"]),
        .executable(name: "patchsim", targets: ["patchsim"]),
    ],
    targets: [
        // libedit from Debian's libedit-dev, found through pkg-config.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Non-variadic C wrappers: Swift cannot call el_set()/history() directly.
        .target(name: "LineEditShim", dependencies: ["CLibEdit"]),
        .target(name: "LineEditing", dependencies: ["LineEditShim", "CLibEdit"]),
        .target(name: "PatchKit"),
        .target(name: "PatchShell", dependencies: ["PatchKit"]),
        .target(name: "PatchSim"),
        .executableTarget(name: "patchsh", dependencies: ["PatchShell", "LineEditing", "PatchSim"]),
        .executableTarget(name: "patchsim", dependencies: ["PatchSim"]),
        // Benchmarks (bench/README.md); `make bench` runs them.
        .executableTarget(name: "bench-completion", dependencies: ["PatchShell", "PatchSim"], path: "bench/completion"),
        .target(name: "TestSupport", dependencies: ["PatchSim"], path: "Tests/TestSupport"),
        .testTarget(name: "PatchKitTests", dependencies: ["PatchKit", "TestSupport"]),
        .testTarget(name: "PatchShellTests", dependencies: ["PatchShell", "TestSupport"]),
        .testTarget(name: "PatchSimTests", dependencies: ["PatchSim", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport", "PatchSim", .target(name: "patchsh"), .target(name: "patchsim")],
            exclude: ["Scripts"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
