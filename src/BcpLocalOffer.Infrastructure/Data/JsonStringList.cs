using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// A short list of strings kept in one column as JSON, the same way on SQLite and PostgreSQL: a
/// service's needs and areas, an account's provider organisations. Never queried inside.
/// </summary>
public static class JsonStringList
{
    private static readonly ValueConverter<List<string>, string> Converter = new(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>());

    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());

    public static PropertyBuilder<List<string>> AsJsonList(this PropertyBuilder<List<string>> property, int maxLength)
    {
        property.HasConversion(Converter).HasMaxLength(maxLength).Metadata.SetValueComparer(Comparer);
        return property;
    }
}
