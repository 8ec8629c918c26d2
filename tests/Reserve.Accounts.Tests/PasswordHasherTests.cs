using Reserve.Accounts.Security;
using Xunit;

namespace Reserve.Accounts.Tests;

/// <summary>
/// The stored password form: PBKDF2-SHA256 with a random salt, the iteration count kept with each hash (so it can be
/// raised later and old hashes still verify), and anything else rejected rather than thrown.
/// </summary>
public sealed class PasswordHasherTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var stored = PasswordHasher.Hash("Reserve2026");

        Assert.Equal(["PBKDF2-SHA256", PasswordHasher.Iterations.ToString()], stored.Split('$')[..2]);
        Assert.True(PasswordHasher.Verify("Reserve2026", stored));
        Assert.False(PasswordHasher.Verify("reserve2026", stored));
        Assert.False(PasswordHasher.Verify("", stored));
        Assert.NotEqual(stored, PasswordHasher.Hash("Reserve2026"));
    }

    [Fact]
    public void A_hash_made_with_fewer_iterations_still_verifies_with_its_own_count()
    {
        var parts = PasswordHasher.Hash("Reserve2026").Split('$');
        var salt = Convert.FromBase64String(parts[2]);
        var older = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2("Reserve2026", salt, 1_000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);

        var stored = $"PBKDF2-SHA256$1000${parts[2]}${Convert.ToBase64String(older)}";

        Assert.True(PasswordHasher.Verify("Reserve2026", stored));
        Assert.False(PasswordHasher.Verify("Reserve2026", $"PBKDF2-SHA256$1001${parts[2]}${Convert.ToBase64String(older)}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("MD5$1000$c2FsdA==$aGFzaA==")]
    [InlineData("PBKDF2-SHA256$0$c2FsdA==$aGFzaA==")]
    [InlineData("PBKDF2-SHA256$many$c2FsdA==$aGFzaA==")]
    [InlineData("PBKDF2-SHA256$1000$not base64!$aGFzaA==")]
    [InlineData("PBKDF2-SHA256$1000$c2FsdA==")]
    public void A_stored_value_that_is_no_hash_of_ours_never_verifies(string stored)
    {
        Assert.False(PasswordHasher.Verify("Reserve2026", stored));
    }
}
