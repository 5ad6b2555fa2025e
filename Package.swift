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
        // libcurl from Debian's libcurl4-openssl-dev: the HTTP transport (PatchKit itself stays
        // Foundation-only, so the decoder fuzz target builds from its sources alone).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Non-variadic C wrappers: Swift cannot call curl_easy_setopt()/curl_easy_getinfo().
        .target(name: "CurlShim", dependencies: ["CCurl"]),
        .target(name: "PatchCurl", dependencies: ["PatchKit", "CurlShim"]),
        .target(name: "PatchShell", dependencies: ["PatchKit", "PatchCurl"]),
        .target(name: "PatchSim"),
        .executableTarget(name: "patchsh", dependencies: ["PatchShell", "LineEditing", "PatchSim"]),
        .executableTarget(name: "patchsim", dependencies: ["PatchSim"]),
        // Benchmarks (bench/README.md); `make bench` runs them.
        .executableTarget(name: "bench-completion", dependencies: ["PatchShell", "PatchSim"], path: "bench/completion"),
        .target(name: "TestSupport", dependencies: ["PatchSim"], path: "Tests/TestSupport"),
        .testTarget(name: "PatchKitTests", dependencies: ["PatchKit", "TestSupport"]),
        .testTarget(name: "PatchCurlTests", dependencies: ["PatchCurl", "PatchKit", "PatchSim", "TestSupport"]),
        .testTarget(name: "PatchShellTests", dependencies: ["PatchShell", "PatchCurl", "TestSupport"]),
        .testTarget(name: "PatchSimTests", dependencies: ["PatchSim", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport", "PatchSim", .target(name: "patchsh"), .target(name: "patchsim")],
            exclude: ["Scripts"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
