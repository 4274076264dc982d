using System.Diagnostics;
using System.Globalization;

namespace GraphBuilder.Bench;

/// <summary>Stopwatch timing for end-to-end figures: best of a few runs, printed as items per second.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="action"/> <paramref name="runs"/> times and returns the best wall time in seconds.</summary>
    public static double Best(int runs, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>Prints one figure line: label, rate and time.</summary>
    public static double Report(string label, long items, double seconds, string unit = "triples/s")
    {
        double rate = items / seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-40} {rate,14:N0} {unit}   ({seconds:F3} s)"));
        return rate;
    }

    /// <summary>Prints a labelled value.</summary>
    public static void Line(string label, string value) => Console.WriteLine($"{label,-40} {value}");
}
