using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Infrastructure.ImprovementPlan;

namespace BcpLocalOffer.UnitTests.ImprovementPlan;

/// <summary>The improvement plan a council installs: the WSoA's 8 areas, 40 focus areas and its milestone actions.</summary>
public class ShippedPlanSeedTests
{
    private static readonly PlanSeed Seed = PlanSeed.Read(FindSeedRoot()) ?? throw new InvalidOperationException("No improvement plan in the seed.");

    [Fact]
    public void The_seed_has_8_areas_40_focus_areas_and_at_least_95_actions()
    {
        Assert.Equal(8, Seed.Areas.Count);
        Assert.Equal(40, Seed.FocusAreas.Count);
        Assert.True(Seed.Actions.Count >= 95, $"only {Seed.Actions.Count} actions");
        Assert.Equal(Enumerable.Range(1, 40), Seed.FocusAreas.Select(f => f.Number).Order());
    }

    [Fact]
    public void Every_area_has_its_finding_and_plain_english_words_for_families()
    {
        Assert.All(Seed.Areas, area =>
        {
            Assert.False(string.IsNullOrWhiteSpace(area.Finding), $"area {area.Number} has no finding");
            Assert.False(string.IsNullOrWhiteSpace(area.WhatWeAreChanging), $"area {area.Number} has no 'what we are changing'");
            Assert.False(string.IsNullOrWhiteSpace(area.EasyRead), $"area {area.Number} has no easy-read summary");
        });
    }

    [Fact]
    public void Every_action_has_a_ref_of_its_focus_area_a_status_and_readable_dates()
    {
        Assert.All(Seed.Actions, action =>
        {
            Assert.StartsWith(action.FocusAreaNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), action.Ref, StringComparison.Ordinal);
            Assert.True(PlanMonth.IsValid(action.Start) && PlanMonth.IsValid(action.End), $"{action.Ref} has a date that is not a month");
            Assert.All(action.Evidence, e => Assert.True(EvidenceKinds.IsKnown(e.Kind), $"{action.Ref}: {e.Kind}"));
        });
        Assert.Contains(Seed.Actions, a => a.Ref == "8A");
    }

    [Fact]
    public void A_plan_with_mistakes_is_refused_with_every_problem_listed()
    {
        var root = Path.Combine(Path.GetTempPath(), "plan-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, PlanSeed.Folder));
        File.WriteAllText(Path.Combine(root, PlanSeed.Folder, PlanSeed.PlanFile), """
            { "areas": [ { "number": 1, "title": "Culture", "finding": "f", "focusAreas": [ { "number": 1, "title": "t", "actions": [
              { "ref": "1A", "action": "a", "officers": [], "start": "March 2022", "end": "2022-03", "status": "Amber-ish", "evidence": [ { "kind": "Gossip", "text": "x" } ] },
              { "ref": "1A", "action": "b", "officers": [], "start": null, "end": "on-going", "status": "Complete", "evidence": [] } ] } ] } ] }
            """);
        try
        {
            var problems = Assert.Throws<PlanSeedException>(() => PlanSeed.Read(root)).Problems;

            Assert.Contains(problems, p => p.Contains("unknown status 'Amber-ish'", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("start 'March 2022'", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("unknown evidence kind 'Gossip'", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("action ref 1A is used more than once", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string FindSeedRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content-seed");
            if (Directory.Exists(Path.Combine(candidate, PlanSeed.Folder)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("content-seed was not found above " + AppContext.BaseDirectory);
    }
}
