using NewsLens.Training.Ner;

namespace NewsLens.Training.Tests;

public class NerDataTests
{
    [Fact]
    public void ParseEnamex_NestedTags_KeepsTheTopLevelWithOffsetsIntoTheCleanText()
    {
        // Given text of our own with nested ENAMEX tags and a literal '<'
        string marked = "Ông <ENAMEX TYPE=\"PERSON\">Lê Văn Tám</ENAMEX> làm ở <ENAMEX TYPE=\"ORGANIZATION\">Sở Y tế <ENAMEX TYPE=\"LOCATION\">Huế</ENAMEX></ENAMEX>, giá <5 triệu.";
        // When it is parsed
        EnamexDocument doc = NerData.ParseEnamex("t1", marked);
        // Then the tags are gone, the '<' stays, and only the outer entities are kept, at their places in the clean text
        Assert.Equal("Ông Lê Văn Tám làm ở Sở Y tế Huế, giá <5 triệu.", doc.Text);
        Assert.Equal(2, doc.Entities.Count);
        Assert.Equal(("Lê Văn Tám", "PER"), (doc.Text[doc.Entities[0].Start..doc.Entities[0].End], doc.Entities[0].Type));
        Assert.Equal(("Sở Y tế Huế", "ORG"), (doc.Text[doc.Entities[1].Start..doc.Entities[1].End], doc.Entities[1].Type));
    }

    [Fact]
    public void EntityScore_ConllevalStyle_ExactSpanAndType()
    {
        // Given gold PER(0,2) LOC(3,4) and predictions PER(0,2) ORG(3,4) PER(5,6)
        var score = new EntityScore();
        score.Add([(0, 2, "PER"), (3, 4, "LOC")], [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "PER")]);
        // Then 1 of 3 predicted is right and 1 of 2 gold is found
        Assert.Equal(1.0 / 3, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        Assert.Equal(0.4, score.F1, 6);
        var perType = score.PerType.ToDictionary(p => p.Type);
        Assert.Equal(0.5, perType["PER"].Precision, 6);
        Assert.Equal(0, perType["LOC"].Recall, 6);
        Assert.Equal(["PER", "LOC", "ORG"], score.PerType.Select(p => p.Type));
    }

    [Fact]
    public void ReadVlsp2016_DocIndexBeside_GroupsSentencesIntoDocuments()
    {
        // Given a three-sentence file in the VLSP 2016 layout and a doc index of two documents
        string dir = Directory.CreateTempSubdirectory("newslens-ner").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "x.txt"),
                "Ông\tNc\tB-NP\tO\tO\nAn\tNp\tB-NP\tB-PER\tO\n\nHà_Nội\tNp\tB-NP\tI-LOC\tO\nđẹp\tA\tB-AP\tO\tO\n\nHuế\tNp\tB-NP\tB-LOC\tO\n");
            File.WriteAllText(Path.Combine(dir, "doc_index.tsv"), "doc_id\tfirst_sentence\tn_sentences\ttitle\n7\t1\t2\ta\n9\t3\t1\tb\n");
            // When it is read
            List<NerDocumentData> docs = NerData.ReadVlsp2016(Path.Combine(dir, "x.txt"));
            // Then there are two documents, words use spaces, and an I- after O is read as B-
            Assert.Equal(["7", "9"], docs.Select(d => d.Id));
            Assert.Equal(2, docs[0].Sentences.Count);
            Assert.Equal("Hà Nội", docs[0].Sentences[1].Words[0]);
            Assert.Equal([3, 0], docs[0].Sentences[1].Labels);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ToText_GoldDocument_EntitiesAreCharacterSpansOfTheText()
    {
        var doc = new NerDocumentData("d", [new NerSentenceData(["Ông", "Lê Văn", "Tám", "đến", "Huế"], new string[5], [0, 1, 2, 0, 3])]);
        EnamexDocument text = Ner.NerEvaluation.ToText(doc);
        Assert.Equal("Ông Lê Văn Tám đến Huế", text.Text);
        Assert.Equal([(4, 14, "PER"), (19, 22, "LOC")], text.Entities);
    }
}
