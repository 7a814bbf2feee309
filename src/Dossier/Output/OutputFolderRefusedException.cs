namespace Dossier.Output;

/// <summary>
/// The output folder named is not one a build may replace (or another build is writing it). The
/// message is a whole sentence for the user, naming the folder, why, and what to do instead; the
/// command line prints it as a command-line error, not as a fault of ours.
/// </summary>
public sealed class OutputFolderRefusedException(string message) : Exception(message);
