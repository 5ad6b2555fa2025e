@testable import PatchShell
import XCTest

/// JSON text written by patchsh: escaping, key order and layout.
final class JSONValueTests: XCTestCase {
    func testQuotesAndBackslashesAreEscaped() {
        XCTAssertEqual(JSONValue.string(#"say "hi" \ bye"#).serialized(pretty: false), #""say \"hi\" \\ bye""#)
    }

    func testControlCharactersAreEscaped() {
        XCTAssertEqual(JSONValue.string("a\nb\rc\td").serialized(pretty: false), #""a\nb\rc\td""#)
        XCTAssertEqual(JSONValue.string("\u{1}\u{1B}[0m\u{7F}").serialized(pretty: false), #""\u0001\u001b[0m\u007f""#)
    }

    func testNonASCIIIsKeptAsIs() {
        XCTAssertEqual(JSONValue.string("é ✓ 日本 🙂").serialized(pretty: false), "\"é ✓ 日本 🙂\"")
    }

    func testEscapedTextReadsBackThroughFoundation() throws {
        let text = "q\"\\\n\u{0}\u{1F}\u{7F}é🙂 /"
        let json = JSONValue.array([.string(text)]).serialized(pretty: false)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        XCTAssertEqual(decoded, [text])
    }

    func testObjectKeepsKeyOrderAndEscapesKeys() {
        let value = JSONValue.object([("z", .int(1)), ("a\"b", .bool(true)), ("m", .null)])
        XCTAssertEqual(value.serialized(pretty: false), #"{"z":1,"a\"b":true,"m":null}"#)
    }

    func testPrettyLayoutIndentsByTwoSpaces() {
        let value = JSONValue.object([("id", .string("VA1-1")), ("patches", .array([.int(1), .int(2)])),
                                      ("empty", .array([])), ("none", .object([]))])
        XCTAssertEqual(value.serialized(pretty: true), """
            {
              "id": "VA1-1",
              "patches": [
                1,
                2
              ],
              "empty": [],
              "none": {}
            }
            """)
    }

    func testOptionalsBecomeNull() {
        XCTAssertEqual(JSONValue.optional(nil as String?), .null)
        XCTAssertEqual(JSONValue.optional(nil as Int?), .null)
        XCTAssertEqual(JSONValue.optional("x"), .string("x"))
        XCTAssertEqual(JSONValue.optional(3), .int(3))
    }
}
