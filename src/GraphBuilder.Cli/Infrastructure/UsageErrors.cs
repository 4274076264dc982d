using System.CommandLine;
using System.CommandLine.Invocation;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Reports command-line mistakes (unknown option, missing argument, unparsable number) as one line on stderr instead
/// of System.CommandLine's default, which prints the whole help text after the error.
/// </summary>
public static class UsageErrors
{
    /// <summary>True when <paramref name="parse"/> failed; a request for help or the version wins over errors and is not one.</summary>
    public static bool Apply(ParseResult parse) => parse.Errors.Count > 0 && parse.Action is ParseErrorAction;

    /// <summary>Prints the errors as one line (with a pointer to the command's help) and returns <see cref="CommandRunner.Failure"/>.</summary>
    public static int Report(ParseResult parse, TextWriter stderr)
    {
        stderr.WriteLine(Format(parse));
        return CommandRunner.Failure;
    }

    /// <summary>The one line: every parse error, then "see 'graphbuilder CMD --help'".</summary>
    public static string Format(ParseResult parse)
    {
        // Several errors (e.g. a missing option and a missing argument) stay on the one line, separated by ';'.
        var messages = parse.Errors.Select(e => e.Message.Trim().TrimEnd('.')).Distinct();
        return $"graphbuilder: {string.Join("; ", messages)} (see '{CommandPath(parse.CommandResult.Command)} --help')";
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c != null; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Add(c is RootCommand ? "graphbuilder" : c.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
