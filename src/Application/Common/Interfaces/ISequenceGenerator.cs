namespace Portal.Application.Common.Interfaces;

/// <summary>Named counters for human-readable numbers (CS…, KB…, WR…), unique across web nodes.</summary>
public interface ISequenceGenerator
{
    Task<long> NextAsync(string sequence, CancellationToken cancellationToken);
}
