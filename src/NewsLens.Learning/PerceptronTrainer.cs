using System.Text.Json;

namespace NewsLens.Learning;

/// <summary>
/// Trains a <see cref="LinearChainModel"/> with the structured averaged perceptron (Collins 2002): Viterbi-decode
/// each training sequence with the current weights and, when it is wrong, add the gold features and subtract the
/// predicted ones. Deterministic: the only randomness is a seeded shuffle per epoch, and the file holds no clock.
/// </summary>
/// <remarks>
/// Feature hashes of every sequence are computed once, mapped to dense ids and kept in flat arrays, so an epoch
/// neither hashes nor allocates. Averaging is lazy (Daumé's form of the timestamp trick): each update of
/// <c>w</c> by <c>d</c> at step <c>c</c> also adds <c>c·d</c> to <c>u</c>, and the average after <c>C</c> steps is
/// <c>w − u / C</c>, so an update costs O(features touched). After each epoch the averaged weights are scored on
/// the dev set; the best epoch is kept, and training stops after <see cref="PerceptronOptions.Patience"/> epochs
/// without improvement.
/// </remarks>
public static class PerceptronTrainer
{
    /// <summary>Trains a model.</summary>
    /// <typeparam name="TInput">The sequence type.</typeparam>
    /// <param name="featurizer">The features; the same instance (or signature) must be used for prediction.</param>
    /// <param name="train">Training sequences (empty ones are skipped).</param>
    /// <param name="dev">Development sequences for early stopping, or null to run every epoch and keep the last.</param>
    /// <param name="options">Labels, epochs, seed and metadata.</param>
    /// <param name="progress">Receives progress reports, or null.</param>
    /// <param name="cancellationToken">Stops training between sequences.</param>
    /// <returns>The model with the best epoch's averaged weights; features whose averaged weights are all 0 are dropped.</returns>
    /// <exception cref="ArgumentException">A label id is outside the label set.</exception>
    public static LinearChainModel Train<TInput>(
        ISequenceFeaturizer<TInput> featurizer,
        IReadOnlyList<LabeledSequence<TInput>> train,
        IReadOnlyList<LabeledSequence<TInput>>? dev,
        PerceptronOptions options,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        ModelFile.CheckKind(options.Kind);
        int l = options.Labels.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(l, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEpochs, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Patience, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProgressInterval, 1, nameof(options));

        var ids = new Dictionary<ulong, int>();
        var idToKey = new List<ulong>();
        Corpus trainSet = Corpus.Build(featurizer, train, l, ids, idToKey, grow: true);
        Corpus? devSet = dev is { Count: > 0 } ? Corpus.Build(featurizer, dev, l, ids, idToKey, grow: false) : null;
        int f = idToKey.Count;

        var state = new State(f, l);
        var avg = new Weights(f, l);
        var best = new Weights(f, l);
        int seqCount = trainSet.SequenceCount;
        var order = new int[seqCount];
        for (int i = 0; i < seqCount; i++)
            order[i] = i;
        int maxLength = Math.Max(trainSet.MaxLength, devSet?.MaxLength ?? 0);
        var emissions = new float[maxLength * l];
        var predicted = new int[maxLength];
        ulong rng = (ulong)(uint)options.Seed ^ 0x5DEECE66DUL;

        long step = 0;
        int bestEpoch = 0, epochsRun = 0, sinceBest = 0;
        double? bestDev = null;
        double bestTrainAccuracy = 0;
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            epochsRun = epoch;
            for (int i = seqCount - 1; i > 0; i--)
            {
                int j = (int)(NextRandom(ref rng) % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            long correct = 0, total = 0;
            for (int k = 0; k < seqCount; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int s = order[k];
                int n = trainSet.Length(s);
                Span<int> pred = predicted.AsSpan(0, n);
                trainSet.Decode(s, state.W, state.T, state.Start, state.End, l, emissions, pred);
                ReadOnlySpan<int> gold = trainSet.Gold(s);
                int right = 0;
                for (int i = 0; i < n; i++)
                {
                    if (pred[i] == gold[i])
                        right++;
                }
                correct += right;
                total += n;
                if (right != n)
                    state.Update(trainSet, s, pred, step);
                step++;
                if (progress is not null && (k + 1) % options.ProgressInterval == 0 && k + 1 < seqCount)
                    progress.Report(new TrainingProgress(epoch, options.MaxEpochs, k + 1, seqCount, Ratio(correct, total), null, bestDev));
            }
            double trainAccuracy = Ratio(correct, total);

            state.Average(avg, step);
            double? devAccuracy = devSet is null ? null
                : options.DevMetric is { } metric ? devSet.Score(avg, l, emissions, metric)
                : devSet.Accuracy(avg, l, emissions, predicted);
            bool improved = devAccuracy is null || bestDev is null || devAccuracy > bestDev;
            if (improved)
            {
                (best, avg) = (avg, best);
                bestDev = devAccuracy;
                bestEpoch = epoch;
                bestTrainAccuracy = trainAccuracy;
                sinceBest = 0;
            }
            else
            {
                sinceBest++;
            }
            progress?.Report(new TrainingProgress(epoch, options.MaxEpochs, seqCount, seqCount, trainAccuracy, devAccuracy, bestDev));
            if (devSet is not null && sinceBest >= options.Patience)
                break;
        }

        var metadata = new ModelMetadata
        {
            Kind = options.Kind,
            ModelVersion = options.ModelVersion,
            Labels = [.. options.Labels],
            FeatureSignature = featurizer.Signature,
            Created = options.Created,
            Training = new TrainingSummary
            {
                Algorithm = "averaged-perceptron",
                Seed = options.Seed,
                Epochs = epochsRun,
                BestEpoch = bestEpoch,
                TrainSequences = seqCount,
                TrainPositions = trainSet.PositionCount,
                DevSequences = devSet?.SequenceCount ?? 0,
                DevAccuracy = bestDev,
                TrainAccuracy = bestTrainAccuracy,
            },
            Properties = options.Properties is null
                ? new Dictionary<string, JsonElement>()
                : new Dictionary<string, JsonElement>(options.Properties, StringComparer.Ordinal),
        };
        return best.ToModel(metadata, idToKey);
    }

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;

    /// <summary>SplitMix64: a fixed, documented generator, so shuffles do not depend on the runtime's <see cref="Random"/>.</summary>
    private static ulong NextRandom(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Weights as dense arrays indexed by feature id.</summary>
    private sealed class Weights(int features, int labels)
    {
        public readonly float[] W = new float[features * labels];
        public readonly float[] T = new float[labels * labels];
        public readonly float[] Start = new float[labels];
        public readonly float[] End = new float[labels];

        public LinearChainModel ToModel(ModelMetadata metadata, List<ulong> idToKey)
        {
            int l = Start.Length;
            int kept = 0;
            for (int id = 0; id < idToKey.Count; id++)
            {
                if (!AllZero(W.AsSpan(id * l, l)))
                    kept++;
            }
            var keys = new ulong[kept];
            var rows = new int[kept];
            int k = 0;
            for (int id = 0; id < idToKey.Count; id++)
            {
                if (!AllZero(W.AsSpan(id * l, l)))
                {
                    keys[k] = idToKey[id];
                    rows[k] = id;
                    k++;
                }
            }
            Array.Sort(keys, rows);
            var weights = new float[kept * l];
            for (int i = 0; i < kept; i++)
                W.AsSpan(rows[i] * l, l).CopyTo(weights.AsSpan(i * l, l));
            return new LinearChainModel(metadata, keys, weights, (float[])T.Clone(), (float[])Start.Clone(), (float[])End.Clone());
        }

        private static bool AllZero(ReadOnlySpan<float> row)
        {
            foreach (float w in row)
            {
                if (w != 0)
                    return false;
            }
            return true;
        }
    }

    /// <summary>The current weights and their step-weighted update sums for averaging.</summary>
    private sealed class State(int features, int labels)
    {
        public readonly float[] W = new float[features * labels];
        public readonly float[] T = new float[labels * labels];
        public readonly float[] Start = new float[labels];
        public readonly float[] End = new float[labels];
        private readonly double[] _uw = new double[features * labels];
        private readonly double[] _ut = new double[labels * labels];
        private readonly double[] _us = new double[labels];
        private readonly double[] _ue = new double[labels];

        public void Update(Corpus corpus, int s, ReadOnlySpan<int> pred, long step)
        {
            int l = Start.Length;
            ReadOnlySpan<int> gold = corpus.Gold(s);
            int n = gold.Length;
            for (int i = 0; i < n; i++)
            {
                int g = gold[i], p = pred[i];
                if (g != p)
                {
                    foreach (int f in corpus.Features(s, i))
                    {
                        Bump(W, _uw, (f * l) + g, 1, step);
                        Bump(W, _uw, (f * l) + p, -1, step);
                    }
                }
                if (i == 0)
                {
                    if (g != p)
                    {
                        Bump(Start, _us, g, 1, step);
                        Bump(Start, _us, p, -1, step);
                    }
                }
                else
                {
                    int gp = gold[i - 1], pp = pred[i - 1];
                    if (g != p || gp != pp)
                    {
                        Bump(T, _ut, (gp * l) + g, 1, step);
                        Bump(T, _ut, (pp * l) + p, -1, step);
                    }
                }
            }
            if (gold[n - 1] != pred[n - 1])
            {
                Bump(End, _ue, gold[n - 1], 1, step);
                Bump(End, _ue, pred[n - 1], -1, step);
            }
        }

        private static void Bump(float[] w, double[] u, int index, float delta, long step)
        {
            w[index] += delta;
            u[index] += step * (double)delta;
        }

        public void Average(Weights into, long steps)
        {
            Average(W, _uw, into.W, steps);
            Average(T, _ut, into.T, steps);
            Average(Start, _us, into.Start, steps);
            Average(End, _ue, into.End, steps);
        }

        private static void Average(float[] w, double[] u, float[] into, long steps)
        {
            double inv = steps == 0 ? 0 : 1.0 / steps;
            for (int i = 0; i < w.Length; i++)
                into[i] = (float)(w[i] - (u[i] * inv));
        }
    }

    /// <summary>Sequences as flat arrays: feature ids per position, gold labels, offsets.</summary>
    private sealed class Corpus
    {
        private int[] _features = new int[1024];
        private int _featureCount;
        private readonly List<int> _positionStart = [0];
        private readonly List<int> _sequenceStart = [0];
        private readonly List<int> _gold = [];
        private int[] _positionStartArray = [];
        private int[] _sequenceStartArray = [];
        private int[] _goldArray = [];

        public int SequenceCount => _sequenceStartArray.Length - 1;

        public long PositionCount => _goldArray.Length;

        public int MaxLength { get; private set; }

        public int Length(int s) => _sequenceStartArray[s + 1] - _sequenceStartArray[s];

        public ReadOnlySpan<int> Gold(int s) =>
            _goldArray.AsSpan(_sequenceStartArray[s], Length(s));

        public ReadOnlySpan<int> Features(int s, int i)
        {
            int p = _sequenceStartArray[s] + i;
            int a = _positionStartArray[p];
            return _features.AsSpan(a, _positionStartArray[p + 1] - a);
        }

        public static Corpus Build<TInput>(
            ISequenceFeaturizer<TInput> featurizer, IReadOnlyList<LabeledSequence<TInput>> data, int labels,
            Dictionary<ulong, int> ids, List<ulong> idToKey, bool grow)
        {
            var c = new Corpus();
            var buffer = new ulong[featurizer.MaxFeaturesPerPosition];
            for (int s = 0; s < data.Count; s++)
            {
                LabeledSequence<TInput> seq = data[s];
                int[] gold = seq.Labels ?? throw new ArgumentException($"Sequence {s} has no labels.", nameof(data));
                if (gold.Length == 0)
                    continue;
                for (int i = 0; i < gold.Length; i++)
                {
                    if ((uint)gold[i] >= (uint)labels)
                        throw new ArgumentException($"Sequence {s} position {i} has label {gold[i]}, outside 0..{labels - 1}.", nameof(data));
                    var writer = new FeatureWriter(buffer);
                    featurizer.Featurize(seq.Input, i, ref writer);
                    foreach (ulong key in writer.Written)
                    {
                        if (key == 0)
                            continue; // Reserved (empty table slot); a 2^-64 event, scored 0 like an unknown feature.
                        if (!ids.TryGetValue(key, out int id))
                        {
                            if (!grow)
                                continue;
                            id = idToKey.Count;
                            ids.Add(key, id);
                            idToKey.Add(key);
                        }
                        if (c._featureCount == c._features.Length)
                            Array.Resize(ref c._features, c._features.Length * 2);
                        c._features[c._featureCount++] = id;
                    }
                    c._positionStart.Add(c._featureCount);
                    c._gold.Add(gold[i]);
                }
                c._sequenceStart.Add(c._gold.Count);
                c.MaxLength = Math.Max(c.MaxLength, gold.Length);
            }
            c._positionStartArray = [.. c._positionStart];
            c._sequenceStartArray = [.. c._sequenceStart];
            c._goldArray = [.. c._gold];
            c._positionStart.Clear();
            c._sequenceStart.Clear();
            c._gold.Clear();
            return c;
        }

        /// <summary>Viterbi-decodes sequence <paramref name="s"/> with dense weights.</summary>
        public void Decode(int s, float[] w, float[] t, float[] start, float[] end, int l, float[] emissions, Span<int> pred)
        {
            int n = Length(s);
            Span<float> em = emissions.AsSpan(0, n * l);
            for (int i = 0; i < n; i++)
            {
                Span<float> row = em.Slice(i * l, l);
                row.Clear();
                foreach (int f in Features(s, i))
                {
                    ReadOnlySpan<float> wr = w.AsSpan(f * l, l);
                    for (int y = 0; y < l; y++)
                        row[y] += wr[y];
                }
            }
            Decoding.Viterbi(em, l, t, start, end, pred.Slice(0, n));
        }

        public double Score(Weights weights, int l, float[] emissions, Func<IReadOnlyList<int[]>, IReadOnlyList<int[]>, double> metric)
        {
            var gold = new int[SequenceCount][];
            var pred = new int[SequenceCount][];
            for (int s = 0; s < SequenceCount; s++)
            {
                gold[s] = Gold(s).ToArray();
                pred[s] = new int[gold[s].Length];
                Decode(s, weights.W, weights.T, weights.Start, weights.End, l, emissions, pred[s]);
            }
            return metric(gold, pred);
        }

        public double Accuracy(Weights weights, int l, float[] emissions, int[] predicted)
        {
            long right = 0;
            for (int s = 0; s < SequenceCount; s++)
            {
                int n = Length(s);
                Span<int> pred = predicted.AsSpan(0, n);
                Decode(s, weights.W, weights.T, weights.Start, weights.End, l, emissions, pred);
                ReadOnlySpan<int> gold = Gold(s);
                for (int i = 0; i < n; i++)
                {
                    if (pred[i] == gold[i])
                        right++;
                }
            }
            return Ratio(right, PositionCount);
        }
    }
}
