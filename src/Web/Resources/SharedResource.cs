namespace Portal.Web.Resources;

/// <summary>Marker for the Web's shared strings: SharedResource.resx (Japanese, neutral) and SharedResource.en.resx.</summary>
#pragma warning disable CA1052 // a type parameter for IStringLocalizer<T>, never instantiated
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource() { }
}
