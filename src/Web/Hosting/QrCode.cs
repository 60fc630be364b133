using QRCoder;

namespace Portal.Web.Hosting;

/// <summary>AUTH-5 (b): the authenticator secret as a QR code image, inlined so it never leaves the page.</summary>
internal static class QrCode
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
