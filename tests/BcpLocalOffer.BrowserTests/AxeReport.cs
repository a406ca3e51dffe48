using System.Text;
using Deque.AxeCore.Commons;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Turns axe results into a failure message a developer can act on without rerunning axe:
/// the rule, how bad it is, what to do and exactly which elements fail.
/// </summary>
public static class AxeReport
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA: the level public sector sites must meet.</summary>
    public static AxeRunOptions WcagAaOptions() => new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
        // Every rule still runs and every violating element is still reported; passes and
        // inapplicable results keep one element each instead of all of them, which is most of the
        // time axe spends building and sending its results (axe's own advice for speed).
        ResultTypes = [ResultType.Violations],
    };

    public static string Describe(string url, AxeResultItem[] violations)
    {
        var report = new StringBuilder();
        report.AppendLine($"axe found {violations.Length} accessibility violation(s) on {url}:");
        foreach (var violation in violations)
        {
            report.AppendLine();
            report.AppendLine($"- {violation.Id} [{violation.Impact}]: {violation.Help}");
            report.AppendLine($"  {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    at {node.Target}");
                report.AppendLine($"       {node.Html}");
                // axe's own explanation of why this element fails, e.g. the measured contrast ratio.
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(check => check.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
                {
                    report.AppendLine($"       {message}");
                }
            }
        }

        return report.ToString();
    }
}
