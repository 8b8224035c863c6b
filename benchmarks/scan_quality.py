"""How well a scan finds labeling mistakes, beside the seed recipe, on real human-labeled DeepLabCut files.

Usage: /usr/bin/python3 benchmarks/scan_quality.py [--trials N] [--shared DIR] [--posescope PATH] [--out FILE]
                                                  [--no-images]

For each real label file and each kind of mistake (a mirror pair swapped, one keypoint moved by 10 to 30% of body
size, a keypoint moved onto another keypoint, a label deleted), 5% of the frames (at least one) get that mistake in a
copy of the file. All copies are scanned by one `posescope scan` run; the seed recipe (pairwise distances, PCA to two
dimensions, DBSCAN eps=9.7 min_samples=20; its DBSCAN noise flag, and its distance from the PCA centre as a ranking)
runs on the same copies. Reported per file and kind, averaged over the trials: recall at k = number injected, and
the AUROC of the ranking. Frames the seed drops (any missing label) count as not flagged and rank last.

The human labels hold real mistakes of their own (openfield's img0102 has its ears swapped), which a good ranking
puts above the injected ones, so plain recall at k cannot reach 1. The untouched files are therefore scanned too,
and the frames PoseScope flags there (a non-empty suspects column) are left out of both methods' rankings unless
a mistake was injected into them: "recall@k, flagged originals left out". Plain recall at k is reported beside it.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
from scipy.spatial.distance import pdist
from sklearn.cluster import DBSCAN
from sklearn.decomposition import PCA
from sklearn.metrics import roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Real human-labeled sets large enough for 5% to mean something (the multi-animal sets hold five frames).
SETS = [
    ("openfield (116 frames, 4 keypoints)", "openfield-Pranav-2018-10-30/labeled-data/m4s1/CollectedData_Pranav.h5"),
    ("Reaching (55 frames, 5 keypoints)", "Reaching-Mackenzie-2018-08-30/labeled-data/reachingvideo1/"
                                          "CollectedData_Mackenzie.h5"),
    ("Reaching 2.0 beta (20 frames, 4 keypoints)", "Reaching-Mackenzie-2018-08-30-dlc2.0beta/labeled-data/"
                                                   "reachingvideo1/CollectedData_Mackenzie.h5"),
]
KINDS = ["swap", "move", "onto", "delete"]
MIRROR = re.compile(r"^(left|right|l_|r_)|(left|right|_l|_r|L|R)$", re.IGNORECASE)


def mirror_pairs(names):
    """Bodypart pairs whose names differ only by a left/right marker."""
    def key(name):
        return re.sub(r"left|right|(?<=_)[lr]$|^[lr](?=_)|[LR]$", "#", name, flags=re.IGNORECASE)
    pairs = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a != b and key(a) == key(b) and "#" in key(a):
                pairs.append((a, b))
    return pairs


def inject(df, kind, rng):
    """A copy of df with the mistake in 5% of its fully labeled frames; returns (copy, truth mask, the bodypart each
    injected frame's mistake is on) or None."""
    bodyparts = list(dict.fromkeys(df.columns.get_level_values("bodyparts")))
    scorer = df.columns.get_level_values("scorer")[0]
    xy = df.to_numpy(dtype=float).reshape(len(df), len(bodyparts), 2)
    complete = np.flatnonzero(np.isfinite(xy).all(axis=(1, 2)))
    count = max(1, int(round(0.05 * len(df))))
    pairs = mirror_pairs(bodyparts)
    if kind == "swap" and not pairs:
        return None
    chosen = rng.choice(complete, size=min(count, len(complete)), replace=False)
    out = xy.copy()
    touched = {}
    for frame in chosen:
        pose = out[frame]
        size = np.nanmax(pdist(pose)) if len(bodyparts) > 1 else 50.0
        if kind == "swap":
            a, b = pairs[rng.integers(len(pairs))]
            i, j = bodyparts.index(a), bodyparts.index(b)
            pose[[i, j]] = pose[[j, i]]
        elif kind == "move":
            i = rng.integers(len(bodyparts))
            angle = rng.uniform(0, 2 * np.pi)
            pose[i] += rng.uniform(0.1, 0.3) * size * np.array([np.cos(angle), np.sin(angle)])
            touched[frame] = bodyparts[i]
        elif kind == "onto":
            i, j = rng.choice(len(bodyparts), size=2, replace=False)
            pose[i] = pose[j]
        else:
            pose[rng.integers(len(bodyparts))] = np.nan
    truth = np.zeros(len(df), bool)
    truth[chosen] = True
    copy = pd.DataFrame(out.reshape(len(df), -1), index=df.index, columns=df.columns)
    copy.columns = copy.columns.set_levels([scorer], level="scorer")
    return copy, truth, touched


def top_k(truth, score, keep):
    """The positions of the k best-ranked frames among those in keep, k = number injected."""
    candidates = np.flatnonzero(keep)
    order = candidates[np.argsort(-score[candidates], kind="stable")]
    return set(order[:truth.sum()])


def seed_scores(df):
    """The seed recipe: noise flags and PCA-centre distances, frames with a missing label dropped."""
    nbp = len(df.columns.get_level_values("bodyparts").unique())
    complete = df.dropna()
    xy = complete.to_numpy(dtype=float).reshape((-1, nbp, 2))
    dists = np.vstack([pdist(d) for d in xy])
    pcs = PCA(n_components=min(2, dists.shape[1])).fit_transform(dists)
    noise = DBSCAN(eps=9.7, min_samples=20).fit(pcs).labels_ == -1
    distance = np.linalg.norm(pcs - pcs.mean(0), axis=1)
    flag = pd.Series(False, index=df.index)
    score = pd.Series(-np.inf, index=df.index)
    flag[complete.index] = noise
    score[complete.index] = distance
    return flag.to_numpy(), score.to_numpy()


def recall_at_k(truth, score, keep=None):
    """Share of the injected frames among the k best-ranked, k = number injected; only frames in keep compete."""
    if keep is not None:
        truth, score = truth[keep], score[keep]
    k = truth.sum()
    return truth[np.argsort(-score, kind="stable")[:k]].mean()


def auroc(truth, score, keep=None):
    if keep is not None:
        truth, score = truth[keep], score[keep]
    finite = np.where(np.isfinite(score), score, np.nanmin(score[np.isfinite(score)]) - 1)
    return roc_auc_score(truth, finite)


def write_project(folder, df, images, use_images):
    """A minimal DeepLabCut project holding df as CollectedData, so posescope reads it as a user's file; its
    labeled-video folder links to the original frame images (the folder keeps the original's name, which the row
    keys name) unless use_images is false."""
    video = os.path.join(folder, "labeled-data", os.path.basename(images))
    os.makedirs(video)
    if use_images:
        for name in os.listdir(images):
            if name.lower().endswith((".png", ".jpg", ".jpeg")):
                os.symlink(os.path.abspath(os.path.join(images, name)), os.path.join(video, name))
    bodyparts = list(dict.fromkeys(df.columns.get_level_values("bodyparts")))
    scorer = df.columns.get_level_values("scorer")[0]
    with open(os.path.join(folder, "config.yaml"), "w") as config:
        config.write(f"Task: bench\nscorer: {scorer}\nbodyparts:\n")
        config.writelines(f"- {name}\n" for name in bodyparts)
    path = os.path.join(video, f"CollectedData_{scorer}.csv")
    df.to_csv(path)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    parser.add_argument("--posescope", default=os.path.join(REPO, "posescope"))
    parser.add_argument("--out", default=None, help="also write the markdown table to this file")
    parser.add_argument("--no-images", action="store_true",
                        help="leave the frame images out of the copies, so that only the positions are compared")
    args = parser.parse_args()
    data = os.path.join(args.shared, "data")
    if not os.path.isdir(data):
        sys.exit(f"The shared data folder {data} is absent, so there is nothing to measure on.")

    rows = []
    with tempfile.TemporaryDirectory(prefix="posescope-quality-") as work:
        cases = []
        originals = {}
        for label, relative in SETS:
            original = pd.read_hdf(os.path.join(data, relative))
            original.index = original.index.map(lambda key: key if isinstance(key, str) else "/".join(key))
            images = os.path.dirname(os.path.join(data, relative))
            originals[label] = write_project(os.path.join(work, f"original-{len(originals)}"), original, images,
                                             not args.no_images)
            for kind in KINDS:
                for trial in range(args.trials):
                    made = inject(original, kind, np.random.default_rng(1000 * trial + KINDS.index(kind)))
                    if made is None:
                        continue
                    copy, truth, touched = made
                    folder = os.path.join(work, f"{len(cases):04d}")
                    path = write_project(folder, copy, images, not args.no_images)
                    cases.append((label, kind, copy, truth, touched, path))

        paths = list(originals.values()) + [case[5] for case in cases]
        scan = subprocess.run([args.posescope, "scan", "--quiet", "--format", "csv", *paths], capture_output=True,
                              text=True)
        if scan.returncode not in (0, 1):
            sys.exit(f"posescope scan failed ({scan.returncode}):\n{scan.stderr}")
        ranked = pd.read_csv(pd.io.common.StringIO(scan.stdout), keep_default_na=False)
        ranked["file"] = ranked["file"].map(os.path.realpath)

        flagged_originals = {}
        for label, path in originals.items():
            mine = ranked[ranked["file"] == os.path.realpath(path)]
            flagged_originals[label] = set(mine.loc[mine["suspects"] != "", "frame"])

        results = {}
        by_bodypart = {}
        for label, kind, copy, truth, touched, path in cases:
            mine = ranked[ranked["file"] == os.path.realpath(path)]
            score = pd.Series(mine["score"].to_numpy(float), index=mine["frame"]).reindex(copy.index).to_numpy()
            keep = ~copy.index.isin(list(flagged_originals[label])) | truth
            flag, seed = seed_scores(copy)
            entry = results.setdefault((label, kind), [])
            entry.append((recall_at_k(truth, score), recall_at_k(truth, score, keep), auroc(truth, score, keep),
                          (flag & truth).sum() / truth.sum(), flag.mean(), recall_at_k(truth, seed, keep),
                          auroc(truth, seed, keep)))
            found, seed_found = top_k(truth, score, keep), top_k(truth, seed, keep)
            for frame, bodypart in touched.items():
                hits = by_bodypart.setdefault((label, bodypart), [])
                hits.append((frame in found, frame in seed_found))
        for (label, kind), values in results.items():
            mean = np.mean(values, axis=0)
            rows.append((label, kind, len(values), len(flagged_originals[label]), *mean))

    lines = ["| labels | kind | trials | frames flagged in the original | PoseScope recall@k (plain) | PoseScope "
             "recall@k, flagged originals left out | PoseScope AUROC | seed DBSCAN noise recall (share of frames "
             "flagged) | seed PCA-distance recall@k, flagged originals left out | seed AUROC |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for label, kind, trials, excluded, plain, mine_recall, mine_auc, noise, flagged, seed_recall, seed_auc in rows:
        lines.append(f"| {label} | {kind} | {trials} | {excluded} | {plain:.2f} | {mine_recall:.2f} | "
                     f"{mine_auc:.2f} | {noise:.2f} ({flagged:.2f}) | {seed_recall:.2f} | {seed_auc:.2f} |")
    # Which moved keypoints are found: a keypoint whose position varies widely between correct labels (relative
    # to the others) hides a move of 10 to 30% of body size within that spread.
    lines += ["", "Moved keypoints found (recall@k, flagged originals left out), per keypoint moved:", "",
              "| labels | keypoint moved | moves | PoseScope found | seed found |", "| --- | --- | --- | --- | --- |"]
    for (label, bodypart), hits in by_bodypart.items():
        found = np.mean([hit for hit, _ in hits])
        seed_found = np.mean([hit for _, hit in hits])
        lines.append(f"| {label} | {bodypart} | {len(hits)} | {found:.2f} | {seed_found:.2f} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        with open(args.out, "w") as out:
            out.write(table + "\n")


if __name__ == "__main__":
    main()
