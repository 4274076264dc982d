using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Range checks for numeric options, run while the command line is parsed, so a bad number fails before any file is
/// read. <see cref="double"/> options accept "NaN" and "Infinity", which no option here means, so they are refused
/// explicitly.
/// </summary>
public static class NumberOptions
{
    /// <summary>The longest timeout .NET's HTTP client and timers take: <see cref="int.MaxValue"/> milliseconds (about 24 days).</summary>
    public const double MaxTimeoutSeconds = int.MaxValue / 1000.0;

    /// <summary>Requires a finite value of at least <paramref name="min"/>.</summary>
    public static Option<double> AtLeast(this Option<double> option, double min)
    {
        option.Validators.Add(r =>
        {
            if (!TryValue(r, out double v)) return;
            if (!double.IsFinite(v) || v < min) r.AddError($"{option.Name} must be a finite number of at least {Show(min)}, not '{Show(v)}'");
        });
        return option;
    }

    /// <summary>Requires a finite value of at least <paramref name="min"/>.</summary>
    public static Option<float> AtLeast(this Option<float> option, float min)
    {
        option.Validators.Add(r =>
        {
            if (!TryValue(r, out float v)) return;
            if (!float.IsFinite(v) || v < min) r.AddError($"{option.Name} must be a finite number of at least {Show(min)}, not '{Show(v)}'");
        });
        return option;
    }

    /// <summary>Requires a value of at least <paramref name="min"/>.</summary>
    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(r =>
        {
            if (!TryValue(r, out int v)) return;
            if (v < min) r.AddError($"{option.Name} must be at least {min}, not {v}");
        });
        return option;
    }

    /// <summary>Requires a number of seconds above 0 and at most <see cref="MaxTimeoutSeconds"/>.</summary>
    public static Option<double> Seconds(this Option<double> option)
    {
        option.Validators.Add(r =>
        {
            if (!TryValue(r, out double v)) return;
            if (!(v > 0 && v <= MaxTimeoutSeconds))
                r.AddError($"{option.Name} must be a number of seconds above 0 and at most {Show(Math.Floor(MaxTimeoutSeconds))}, not '{Show(v)}'");
        });
        return option;
    }

    /// <summary>The option's value; false when it did not parse, an error System.CommandLine reports itself.</summary>
    private static bool TryValue<T>(OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // Validators run even after a failed conversion, and asking for the value then throws.
            value = default!;
            return false;
        }
    }

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
