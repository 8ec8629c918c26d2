namespace Reserve.WebKit.Commands;

/// <summary>
/// A command of the host executable that a module brings (<c>Reserve.Host docs …</c>): its first word, its lines
/// of the usage text, whether the database must be brought up to date before it runs, and the work itself.
/// The host's command line finds it among the enabled modules, builds the services and runs it.
/// </summary>
/// <param name="NeedsDatabase">Migrate every enabled module's tables first (the command reads or writes the database).</param>
/// <param name="Accepts">For a first word two modules share (<c>bench</c>, <c>bench --plan</c>): which command lines are this one's.</param>
public sealed record ModuleCommand(string Name, string Usage, Func<CommandContext, Task<int>> RunAsync, Func<Arguments, bool>? NeedsDatabase = null, Func<Arguments, bool>? Accepts = null)
{
    public static readonly Func<Arguments, bool> Always = _ => true;
}

/// <summary>What a command runs with: its arguments, the composed services, where its output and errors go.</summary>
public sealed record CommandContext(Arguments Arguments, IServiceProvider Services, TextWriter Output, TextWriter Error, CancellationToken CancellationToken)
{
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The usage text, for a command given the wrong words: exit code 2.</summary>
    public required string Usage { get; init; }

    public int UsageError()
    {
        Error.WriteLine(Usage);
        return 2;
    }
}
