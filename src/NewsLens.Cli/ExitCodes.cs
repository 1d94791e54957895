namespace NewsLens.Cli;

/// <summary>
/// The exit codes of <c>newslens</c>. They are part of the command's contract (scripts test them) and are
/// listed in the README: never renumber one.
/// </summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>An unexpected internal error (a bug: please report it with the input).</summary>
    public const int InternalError = 1;
    /// <summary>Bad command line: unknown option, bad value, missing argument.</summary>
    public const int Usage = 2;
    /// <summary>The input cannot be opened: no such file, a directory, no permission.</summary>
    public const int InputNotFound = 3;
    /// <summary>The input is not valid UTF-8 and no legacy Vietnamese encoding could be decided.</summary>
    public const int BadEncoding = 4;
    /// <summary>The input is binary, not text.</summary>
    public const int BinaryInput = 5;
    /// <summary>The input is empty or whitespace only.</summary>
    public const int EmptyInput = 6;
    /// <summary>A single line (paragraph) is longer than the limit.</summary>
    public const int LineTooLong = 7;
    /// <summary>The input is HTML or XML markup, not article text.</summary>
    public const int MarkupInput = 8;
}

/// <summary>A failure that ends the command with a one-line message and a documented exit code.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code, one of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;
}
