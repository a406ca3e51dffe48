using System.Globalization;
using BcpLocalOffer.Core.Analytics;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>A day typed into a GOV.UK date input: day, month and year as typed, so a mistake is shown back as it was.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts Of(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>The dashboard's "from" and "to" dates, checked as the GOV.UK date input pattern says.</summary>
public sealed class ReportPeriodForm
{
    public DateParts From { get; set; } = new();

    public DateParts To { get; set; } = new();

    /// <summary>The same period as query-string parameters, for the CSV links.</summary>
    public string QueryString(ReportPeriod period) =>
        $"From.Day={period.From.Day}&From.Month={period.From.Month}&From.Year={period.From.Year}" +
        $"&To.Day={period.To.Day}&To.Month={period.To.Month}&To.Year={period.To.Year}";

    /// <summary>
    /// The period asked for, the twelve months to today when nothing was, or null with the problems
    /// in <paramref name="errors"/> (keyed by the part to fix, so the error summary links to it).
    /// </summary>
    public ReportPeriod? Validate(DateOnly today, ModelStateDictionary errors)
    {
        if (From.IsEmpty && To.IsEmpty)
        {
            var period = ReportPeriod.TwelveMonthsTo(today);
            From = DateParts.Of(period.From);
            To = DateParts.Of(period.To);
            return period;
        }

        var from = Read(From, nameof(From), "start date", errors);
        var to = Read(To, nameof(To), "end date", errors);
        if (from is null || to is null)
        {
            return null;
        }

        if (to > today)
        {
            errors.AddModelError("To.Day", "The end date must be today or in the past");
        }
        else if (from > to)
        {
            errors.AddModelError("From.Day", "The start date must be the same as or before the end date");
        }
        else if (to.Value.DayNumber - from.Value.DayNumber >= ReportPeriod.MaxDays)
        {
            errors.AddModelError("From.Day", "The period must be 10 years or shorter");
        }

        return errors.IsValid ? new ReportPeriod(from.Value, to.Value) : null;
    }

    private static DateOnly? Read(DateParts parts, string name, string label, ModelStateDictionary errors)
    {
        if (parts.IsEmpty)
        {
            errors.AddModelError(name + ".Day", $"Enter the {label}");
            return null;
        }

        foreach (var (part, value) in new[] { ("Day", parts.Day), ("Month", parts.Month), ("Year", parts.Year) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.AddModelError($"{name}.{part}", $"The {label} must include a {part.ToLowerInvariant()}");
                return null;
            }
        }

        if (!int.TryParse(parts.Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts.Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts.Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || parts.Year.Trim().Length != 4
            || year < 2000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.AddModelError(name + ".Day", $"The {label} must be a real date, like 27 3 2026");
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
