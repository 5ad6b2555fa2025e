import PatchKit

/// `endpoint [api|patching URL]`: shows or changes the base URLs. The token stays bound to the
/// endpoints that issued it, so changing them means logging in again there.
enum EndpointCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "endpoint", group: .session, summary: "show or change the API base URLs",
        arguments: [ArgumentSpec("api|patching|reset", help: "which URL to change, or 'reset' for the real platform", optional: true),
                    ArgumentSpec("URL", help: "the new base URL", optional: true)],
        examples: ["endpoint", "endpoint api https://api.ctl.io", "endpoint reset"])

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        var endpoints = shell.endpoints
        switch (call.argument(0), call.argument(1)) {
        case (nil, _):
            break
        case ("reset", nil):
            endpoints = .platform
        case ("api", let url?):
            endpoints.api = try Endpoints.normalise(url, allowInsecureHTTP: shell.configuration.allowsInsecureHTTP)
        case ("patching", let url?):
            endpoints.patching = try Endpoints.normalise(url, allowInsecureHTTP: shell.configuration.allowsInsecureHTTP)
        case (let which?, _):
            throw ShellError.usage("'endpoint \(which)' is not understood. Usage: \(spec.usage)")
        }
        if endpoints != shell.endpoints {
            for url in endpoints.insecureURLs where !shell.endpoints.insecureURLs.contains(url) {
                shell.errors.line("warning: \(url) is plain http: the password and token would cross the network unencrypted.")
            }
            await shell.setEndpoints(endpoints)
            if shell.session.token != nil, shell.session.endpoints != endpoints {
                shell.output.line("The session's token belongs to other endpoints; log in again to use these.")
            }
        }
        shell.output.line("api       \(endpoints.api)\npatching  \(endpoints.patching)")
    }
}
