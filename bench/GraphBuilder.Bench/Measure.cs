using System.Diagnostics;
using System.Globalization;

namespace GraphBuilder.Bench;

/// <summary>
/// Stopwatch timing for end-to-end figures: best of a few runs, printed as items per second of wall time, with the
/// process CPU time beside it (on a loaded machine wall time inflates; CPU time much less so).
/// </summary>
public static class Measure
{
    /// <summary>A timing: wall-clock and process CPU seconds of the best run.</summary>
    public readonly record struct Timing(double Wall, double Cpu);

    /// <summary>Runs <paramref name="action"/> <paramref name="runs"/> times and returns the run with the best wall time.</summary>
    public static Timing Best(int runs, Action action)
    {
        var best = new Timing(double.MaxValue, double.MaxValue);
        var self = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            self.Refresh();
            var t = new Timing(sw.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpu0).TotalSeconds);
            if (t.Wall < best.Wall) best = t;
        }
        return best;
    }

    /// <summary>Like <see cref="Best"/>, returning only the best wall time in seconds.</summary>
    public static double BestWall(int runs, Action action) => Best(runs, action).Wall;

    /// <summary>Prints one figure line for a time measured elsewhere (no CPU time). Returns the rate.</summary>
    public static double Report(string label, long items, double seconds, string unit) =>
        Report(label, items, new Timing(seconds, double.NaN), unit);

    /// <summary>Prints one figure line: label, rate by wall time, wall and CPU seconds. Returns the rate.</summary>
    public static double Report(string label, long items, Timing t, string unit = "triples/s")
    {
        double rate = items / t.Wall;
        string cpu = double.IsNaN(t.Cpu) ? "" : string.Create(CultureInfo.InvariantCulture, $", cpu {t.Cpu:F3} s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-40} {rate,12:N0} {unit}   (wall {t.Wall:F3} s{cpu})"));
        return rate;
    }

    /// <summary>Prints a labelled value.</summary>
    public static void Line(string label, string value) => Console.WriteLine($"{label,-40} {value}");

    /// <summary>The 1-minute load average (Linux), or null.</summary>
    public static string? LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
