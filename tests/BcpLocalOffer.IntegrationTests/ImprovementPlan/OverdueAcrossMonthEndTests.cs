using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.ImprovementPlan;

/// <summary>"Overdue" follows the site's clock in UK time: action 1A is due by March 2022.</summary>
public class OverdueAcrossMonthEndTests
{
    [Fact]
    public async Task An_action_due_in_march_becomes_overdue_at_midnight_uk_time_on_the_first_of_april()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        // 23:59 on 31 March 2022 in the UK (BST, an hour ahead of UTC).
        var clock = new AdjustableClock(new DateTimeOffset(2022, 3, 31, 22, 59, 0, TimeSpan.Zero));
        await using var site = new RestartableSiteFactory(data, clock);
        var client = site.CreateClient();

        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/improvement-plan/actions/1A"));
        Assert.DoesNotContain(">Overdue<", before);

        clock.Advance(TimeSpan.FromMinutes(1));

        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/improvement-plan/actions/1A"));
        Assert.Contains(">Overdue<", after);
        Assert.Contains("/improvement-plan/actions/1A", await client.GetStringAsync("/improvement-plan/actions?overdue=true&area=1"));
    }
}
