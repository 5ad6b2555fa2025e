/// A parsed program: the statements of a script, a `-c` string or one prompt entry.
public struct Script: Sendable, Equatable {
    public var statements: [Statement]

    /// A plain memberwise initialiser.
    public init(statements: [Statement]) { self.statements = statements }
}

/// One statement. The whole tree's shapes are here, switched over exhaustively by the interpreter.
public indirect enum Statement: Sendable, Equatable {
    /// A command with its words and an optional `> file` / `>> file`.
    case command(CommandInvocation)
    /// `if … elif … else … end`.
    case conditional(branches: [ConditionalBranch], otherwise: [Statement]?, location: SourceLocation)
    /// `for NAME in WORDS… ; … end`.
    case forLoop(variable: String, items: [Word], body: [Statement], location: SourceLocation)
    /// `for NAME in WORDS… --jobs N ; … end`: iterations run at once, output kept in order.
    case parallelLoop(ParallelLoop)
    /// `while CONDITION ; … end`.
    case whileLoop(condition: Condition, body: [Statement], location: SourceLocation)
    /// `break`.
    case breakLoop(location: SourceLocation)
    /// `continue`.
    case continueLoop(location: SourceLocation)
    /// `function NAME … end`: defined before the file runs, so it may be called above its definition.
    case function(FunctionDefinition)
    /// `return [N]` inside a function.
    case returnFromFunction(status: Word?, location: SourceLocation)
    /// `try … catch [NAME] … end`: a failure in the body runs the handler with its message in `$NAME`.
    case tryBlock(body: [Statement], errorName: String, handler: [Statement], location: SourceLocation)
    /// `assert CONDITION [MESSAGE]`.
    case assertion(condition: Condition, message: Word?, location: SourceLocation)
    /// A block with its output redirected: `end > file`.
    case redirected(Statement, Redirect)
}

/// A user-defined command: its name and body, as written.
public struct FunctionDefinition: Sendable, Equatable {
    public var name: String
    public var body: [Statement]
    /// Where the name is written, for errors about the definition.
    public var nameLocation: SourceLocation
}

/// A command name and its arguments, as written.
public struct CommandInvocation: Sendable, Equatable {
    public var words: [Word]
    public var redirect: Redirect?
    public var location: SourceLocation
}

/// `> target` (replace) or `>> target` (append).
public struct Redirect: Sendable, Equatable {
    public var target: Word
    public var append: Bool
}

/// One `if`/`elif` arm.
public struct ConditionalBranch: Sendable, Equatable {
    public var condition: Condition
    public var body: [Statement]
}

/// What `if`, `elif` and `while` test.
public indirect enum Condition: Sendable, Equatable {
    /// A command: true when it succeeds.
    case command(CommandInvocation)
    /// `a == b`, `a < b`, …
    case comparison(Word, ComparisonOperator, Word)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
}

/// The comparison operators: `==`/`!=` compare text, the others compare numbers.
public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    /// A glob match: `*` any text, `?` one character.
    case like
}
