using System.Globalization;
using BenchmarkDotNet.Running;
using TreatyBrowser.Bench;

// bench/TreatyBrowser.Bench: generate | devset N DIR | scale [sizes...] | scale-one DIR | restart DIR
//   | profile N|DIR | memory DIR | startup SEEDS | micro. See docs/benchmarks.md.
var command = args.FirstOrDefault() ?? "help";
switch (command)
{
    case "generate" when args.Length == 3:
        var bytes = ArticleGenerator.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        Console.WriteLine($"wrote {args[1]} articles ({bytes:N0} bytes) to {args[2]}");
        break;
    case "devset" when args.Length == 3:
        var copied = DevsetCopies.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        Console.WriteLine($"copied the development corpus to {args[1]} articles ({copied:N0} bytes) in {args[2]}");
        break;
    case "scale":
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [10, 100, 1_000, 10_000];
        ScaleBenchmark.RunAll(sizes);
        break;
    case "scale-header":
        Console.WriteLine(ScaleBenchmark.Header);
        break;
    case "scale-one" when args.Length == 2:
        ScaleBenchmark.RunOne(args[1]);
        break;
    case "restart" when args.Length == 2:
        ScaleBenchmark.Restart(args[1]);
        break;
    case "memory" when args.Length == 2:
        MemoryProfile.Run(args[1]);
        break;
    case "profile" when Directory.Exists(args[1]):
        Profile.RunOn(args[1]);
        break;
    case "profile":
        Profile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
        break;
    case "startup":
        Startup.Run(args[1]);
        break;
    case "micro":
        var summary = BenchmarkRunner.Run<LoaderStages>(args: args[1..]);
        Console.WriteLine($"\n| stage | mean per 50 articles | MB/s |\n|---|---:|---:|");
        foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
        {
            var seconds = report.ResultStatistics!.Mean / 1e9;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {seconds * 1e3:F2} ms | {LoaderStages.Bytes / 1e6 / seconds:F1} |"));
        }

        break;
    default:
        Console.WriteLine("usage: generate N DIR | devset N DIR | scale [SIZES...] | scale-one DIR | restart DIR | profile N|DIR | memory DIR | startup SEEDS | micro");
        Environment.ExitCode = command == "help" ? 0 : 2;
        break;
}
