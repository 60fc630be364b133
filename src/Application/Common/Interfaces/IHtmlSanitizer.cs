namespace Portal.Application.Common.Interfaces;

/// <summary>CASE-7: reduces HTML to an allow-list of tags, attributes, CSS properties and URL schemes.</summary>
public interface IHtmlSanitizer
{
    string Sanitize(string html);
}
