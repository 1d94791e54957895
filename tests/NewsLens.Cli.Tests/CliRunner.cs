using System.Text;

namespace NewsLens.Cli.Tests;

/// <summary>Runs the CLI in process, as a user would run it, and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var io = new CliIO(input, output, error, outputIsTerminal: false);
        int code = CliApp.Run(args, io);
        io.OutText.Flush();
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Result Run(params string[] args) => Run(null, args);
}

/// <summary>A temporary file that deletes itself.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(byte[] content, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"newslens-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
