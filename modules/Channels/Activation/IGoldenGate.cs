namespace Reserve.Channels.Activation;

/// <summary>
/// Runs a plugin version's golden cases through the engine (the Matching module owns it; the host hands it
/// over): every failure in Chinese, empty when all pass. Called often, so implementations keep the answer
/// per loaded version (the code and cases of a loaded version never change).
/// </summary>
public interface IGoldenGate
{
    IReadOnlyList<string> Problems(LoadedPlugin plugin);
}
