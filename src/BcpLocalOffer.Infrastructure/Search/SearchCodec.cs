using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Lucene's default format with stored fields compressed in small blocks. Showing a result reads
/// its stored text, and the default 16 KB blocks mean decompressing several other documents'
/// text first; blocks about one page long make that read several times cheaper.
/// </summary>
[CodecName("BcpLocalOffer46")]
public sealed class SearchCodec : FilterCodec
{
    private const int StoredBlockBytes = 4 * 1024;

    private static int registered;

    public SearchCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat { get; } =
        new CompressingStoredFieldsFormat("BcpLocalOfferStoredFields", CompressionMode.FAST, StoredBlockBytes);

    /// <summary>Lets Lucene find this codec by the name written in the index; once per process, before any index is opened.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            Codec.SetCodecFactory(new Factory());
        }
    }

    private sealed class Factory : DefaultCodecFactory
    {
        protected override void Initialize()
        {
            base.Initialize();
            PutCodecType(typeof(SearchCodec));
        }
    }
}
