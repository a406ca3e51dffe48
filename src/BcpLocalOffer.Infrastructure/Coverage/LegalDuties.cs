using System.Text.Json;
using BcpLocalOffer.Core.Coverage;

namespace BcpLocalOffer.Infrastructure.Coverage;

/// <summary>
/// The duties the law puts on a Local Offer, read once from the seed's coverage/duties.json. They
/// change with the law, so with a release, not through the back office.
/// </summary>
public sealed class LegalDuties(Func<string> seedRoot)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<IReadOnlyList<LegalDuty>> all = new(() => Read(Path.Combine(seedRoot(), "coverage", "duties.json")));

    public IReadOnlyList<LegalDuty> All => all.Value;

    public LegalDuty? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    public static IReadOnlyList<LegalDuty> Read(string path)
    {
        var file = JsonSerializer.Deserialize<DutiesFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var duties = file.Duties ?? [];
        var problems = duties.Where(d => string.IsNullOrWhiteSpace(d.Code) || string.IsNullOrWhiteSpace(d.Subject) || string.IsNullOrWhiteSpace(d.Law))
            .Select(d => $"a duty '{d.Code}' has no code, subject or law")
            .Concat(duties.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => $"the code '{g.Key}' is used twice"))
            .ToList();
        if (duties.Count == 0 || problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {(duties.Count == 0 ? "no duties" : string.Join("; ", problems))}.");
        }

        return [.. duties.Select(d => new LegalDuty(d.Code!, d.Law!, d.Subject!, d.ForFamilies ?? d.Subject!, d.Sections ?? [], d.ServiceKinds ?? []))];
    }

    private sealed record DutiesFile(List<DutyEntry>? Duties);

    private sealed record DutyEntry(string? Code, string? Law, string? Subject, string? ForFamilies, List<string>? Sections, List<string>? ServiceKinds);
}
