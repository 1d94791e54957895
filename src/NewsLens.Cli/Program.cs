using NewsLens.Cli;

CliIO io = CliIO.FromConsole();
int code = CliApp.Run(args, io);
io.OutText.Flush();
io.Output.Flush();
return code;
