using System.Text;
using Portal.Application.Common.Mail;
using Portal.Domain.Contacts;

namespace Portal.Application.Admin;

/// <summary>
/// ADM-2, AUTH-4 (guide 5.2): the new user's activation mail, in its language: its user ID and the link to the
/// first-login flow (the reset page with the user ID filled in), where it proves its address and sets a password.
/// </summary>
public static class ContactActivationMail
{
    public static MailEnvelope For(Contact contact, Uri firstLogin)
    {
        var language = contact.Language;
        var body = new StringBuilder()
            .AppendLine(MailText.Get(language, "Activation.Body")).AppendLine()
            .AppendLine(MailText.Get(language, "Activation.UserId", contact.UserId))
            .AppendLine(firstLogin.ToString()).AppendLine()
            .AppendLine(MailText.Get(language, "Activation.Steps")).AppendLine()
            .AppendLine(MailText.Get(language, "PasswordReset.NotYou"));
        return MailText.Letter(contact, MailText.Get(language, "Activation.Subject"), body.ToString());
    }
}
