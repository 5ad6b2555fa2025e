@testable import PatchKit
import XCTest

/// Base URLs typed by a user or taken from the environment.
final class EndpointsTests: XCTestCase {
    private func reason(_ text: String) -> String? {
        do {
            _ = try Endpoints.normalise(text)
            return nil
        } catch {
            if case .invalidEndpoint(_, let reason) = error { return reason }
            return "unexpected \(error)"
        }
    }

    func testTrailingSlashesAreDropped() throws {
        XCTAssertEqual(try Endpoints.normalise("https://api.ctl.io/"), "https://api.ctl.io")
        XCTAssertEqual(try Endpoints.normalise("http://127.0.0.1:8080//"), "http://127.0.0.1:8080")
    }

    func testUnusableURLsAreRefusedWithAReason() {
        XCTAssertEqual(reason("ftp://api.ctl.io"), "the scheme must be https (or http for a local emulator)")
        XCTAssertEqual(reason("https://"), "no host")
        XCTAssertEqual(reason("https://api.ctl.io/?x=1"), "a base URL takes no query or fragment")
        XCTAssertEqual(reason("api.ctl.io"), "not a URL")
    }

    func testEnvironmentOverridesTheDefaults() throws {
        XCTAssertEqual(try Endpoints.fromEnvironment([:]), .platform)
        let local = try Endpoints.fromEnvironment(["PATCHSH_API_URL": "http://127.0.0.1:1/", "PATCHSH_PATCHING_URL": ""])
        XCTAssertEqual(local, Endpoints(api: "http://127.0.0.1:1", patching: Endpoints.platform.patching))
    }
}

/// https everywhere but loopback (the emulator), unless the user insists.
final class EndpointSecurityTests: XCTestCase {
    func testPlainHTTPIsAcceptedOnlyForLoopbackHosts() throws {
        for url in ["http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:9", "http://[::1]:8080"] {
            XCTAssertNoThrow(try Endpoints.normalise(url), url)
        }
        for url in ["http://api.ctl.io", "http://128.0.0.1", "http://127.0.0.1.example.com", "http://10.0.0.1"] {
            XCTAssertThrowsError(try Endpoints.normalise(url), url) { error in
                XCTAssertTrue("\(error)".contains("plain http would send the password and token unencrypted"), "\(error)")
            }
            XCTAssertNoThrow(try Endpoints.normalise(url, allowInsecureHTTP: true), url)
        }
        XCTAssertNoThrow(try Endpoints.normalise("https://api.ctl.io"))
    }

    func testInsecureURLsListsOnlyRemotePlainHTTP() {
        let endpoints = Endpoints(api: "http://api.example.com", patching: "http://127.0.0.1:9")
        XCTAssertEqual(endpoints.insecureURLs, ["http://api.example.com"])
        XCTAssertEqual(Endpoints.platform.insecureURLs, [])
    }
}
