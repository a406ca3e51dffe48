using System.Globalization;

namespace BcpLocalOffer.Benchmarks;

/// <summary>Command-line settings; the defaults are the ones the targets were set against.</summary>
internal sealed record BenchmarkOptions(int Seconds, int Connections, int WarmupSeconds, bool ShowHelp, bool Search = false, IReadOnlyList<int>? Documents = null)
{
    /// <summary>--feedback: feedback submissions, acknowledged against stored, and a crash run.</summary>
    public bool Feedback { get; init; }

    /// <summary>With --feedback: submissions in the measured run.</summary>
    public int Submissions { get; init; } = 10_000;

    /// <summary>--cold-start: first page after a restart, for the build output and the ReadyToRun publish.</summary>
    public bool ColdStart { get; init; }

    /// <summary>--relevance: the families' relevance set against our search and a plain Lucene index of the same documents.</summary>
    public bool Relevance { get; init; }

    /// <summary>--reminders: the review reminder job over 5,000 pages and 5,000 services, and each reminder sent once.</summary>
    public bool Reminders { get; init; }

    /// <summary>--nodes: two nodes on one PostgreSQL behind nginx: publish-to-visible, throughput, a node killed.</summary>
    public bool Nodes { get; init; }

    /// <summary>--editorial: the back office with many pages instead of the public site.</summary>
    public bool Editorial { get; init; }

    /// <summary>--analytics: event ingest over HTTP and the PI dashboard's queries over a year of rollups.</summary>
    public bool Analytics { get; init; }

    /// <summary>With --editorial: pages generated in the scratch database besides the content seed.</summary>
    public int Pages { get; init; } = 5_000;

    /// <summary>--directory: the Open Referral API with thousands of services instead of the public site.</summary>
    public bool Directory { get; init; }

    /// <summary>With --directory: services generated in the scratch database besides the seed.</summary>
    public int Services { get; init; } = 5_000;

    /// <summary>With --editorial: signed-in clients loading the content list at once; with --directory, API clients.</summary>
    public int Clients { get; init; } = 4;

    /// <summary>With --editorial: measured edit, submit, approve and publish rounds.</summary>
    public int Rounds { get; init; } = 20;

    /// <summary>True when --rounds was given; otherwise each mode uses its own default.</summary>
    public bool RoundsGiven { get; init; }

    public const string Usage =
        """
        Usage: dotnet run -c Release --project tests/BcpLocalOffer.Benchmarks [-- options]

          --seconds N       measured seconds per endpoint, or per measurement with --search (default 10)
          --connections C   concurrent connections (default 64; not used by --search)
          --warmup S        warm-up seconds per endpoint before measuring starts (default 3)
          --search          measure search instead of the site: in this process, no web server.
                            Rebuilds a Lucene index of 10,000 and then 50,000 generated documents
                            and measures rebuild speed, query and suggestion latency at 8 clients
          --documents N     with --search: measure this corpus size only (repeatable)
          --editorial       measure the back office instead: the content list with many pages
                            under signed-in load, and publish-to-visible latency over HTTP
          --pages N         with --editorial: generated pages besides the seed (default 5000)
          --clients N       with --editorial: signed-in clients loading the list (default 4);
                            with --directory: API clients (default 4)
          --rounds N        with --editorial: measured publish rounds (default 20); with --nodes,
                            per notification setting (default 50)
          --analytics       measure analytics instead: link-click events posted to /api/events
                            at --connections (default 64) for --seconds, then the PI dashboard's
                            queries over a year of daily rollups for 1,000 pages
          --directory       measure the Open Referral API instead: /openreferral/services
                            pages with thousands of published services, at --clients clients
          --services N      with --directory: generated services besides the seed (default 5000)
          --feedback        measure feedback submissions instead: N "Have your say" posts at
                            --connections, acknowledged vs stored, then a crash run (SIGKILL)
          --submissions N   with --feedback: submissions in the measured run (default 10000)
          --cold-start      publish the site with ReadyToRun as production does and measure
                            its first page after a restart on a seeded database, against the
                            build output's
          --nodes           measure two Release nodes on a throwaway PostgreSQL behind nginx
                            (both installed with apt-get if missing): publish on one node to
                            visible on the other (--rounds, default 50 with --nodes; with and
                            without notifications), content page requests/s through nginx with
                            two nodes and with one, then SIGKILL one node under 16 connections
                            of page views and feedback, and its restart
          --relevance       run the 169 searches of tests/Shared/FamiliesRelevanceSet.cs through the
                            site's search (hosted in this process on a scratch data folder) and
                            through a plain Lucene StandardAnalyzer index of the same documents;
                            prints top 1, top 3 and MRR of both against the targets
          --reminders       the review reminder job over 5,000 published pages and 5,000 published
                            services on a scratch site in this process: the time of one run
                            (target under 10 s), a second run queueing nothing, and every
                            reminder sent exactly once
          --help            show this text
        """;

    public static BenchmarkOptions Default { get; } = new(Seconds: 10, Connections: 64, WarmupSeconds: 3, ShowHelp: false);

    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupSeconds);

    /// <exception cref="ArgumentException">An option is unknown, has no value or is out of range.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            options = name switch
            {
                "--help" or "-h" or "-?" => options with { ShowHelp = true },
                "--seconds" => options with { Seconds = ReadNumber(args, ++i, name, minimum: 1) },
                "--connections" => options with { Connections = ReadNumber(args, ++i, name, minimum: 1) },
                "--warmup" => options with { WarmupSeconds = ReadNumber(args, ++i, name, minimum: 0) },
                "--search" => options with { Search = true },
                "--editorial" => options with { Editorial = true },
                "--analytics" => options with { Analytics = true },
                "--directory" => options with { Directory = true },
                "--services" => options with { Services = ReadNumber(args, ++i, name, minimum: 1) },
                "--feedback" => options with { Feedback = true },
                "--nodes" => options with { Nodes = true },
                "--cold-start" => options with { ColdStart = true },
                "--relevance" => options with { Relevance = true },
                "--reminders" => options with { Reminders = true },
                "--submissions" => options with { Submissions = ReadNumber(args, ++i, name, minimum: 1) },
                "--pages" => options with { Pages = ReadNumber(args, ++i, name, minimum: 0) },
                "--clients" => options with { Clients = ReadNumber(args, ++i, name, minimum: 1) },
                "--rounds" => options with { Rounds = ReadNumber(args, ++i, name, minimum: 1), RoundsGiven = true },
                "--documents" => options with { Documents = [.. options.Documents ?? [], ReadNumber(args, ++i, name, minimum: 100)] },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }

        return options;
    }

    private static int ReadNumber(IReadOnlyList<string> args, int index, string name, int minimum)
    {
        if (index >= args.Count)
        {
            throw new ArgumentException($"{name} needs a value.");
        }

        if (!int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{args[index]}'.");
        }

        return value;
    }
}
