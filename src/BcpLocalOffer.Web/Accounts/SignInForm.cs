using System.ComponentModel.DataAnnotations;

namespace BcpLocalOffer.Web.Accounts;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password")]
    [StringLength(200, ErrorMessage = "Password must be 200 characters or fewer")]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only local addresses are followed.</summary>
    public string? ReturnUrl { get; set; }
}
