/// `math EXPRESSION…`: integer arithmetic, printed, so `set n $(math $n + 1)` counts.
enum MathCommand: ShellCommand {
    static let spec = CommandSpec(
        name: "math", group: .shell, summary: "print the value of an integer expression",
        arguments: [ArgumentSpec("EXPRESSION", help: "whole numbers with + - * / % and parentheses", variadic: true)],
        examples: ["math 2 + 3 * 4", "math \"(7 - 1) / 4\""],
        discussion: "Division rounds towards zero; dividing by zero and overflowing 64 bits are errors (status 1).",
        takesRawArguments: true)

    static func run(_ call: CommandCall, in shell: Shell) async throws {
        guard !call.arguments.isEmpty else { throw ShellError.usage("'math' needs EXPRESSION. Usage: \(spec.usage)") }
        var expression = MathExpression(call.arguments.joined(separator: " "))
        shell.output.line(String(try expression.evaluate()))
    }
}
