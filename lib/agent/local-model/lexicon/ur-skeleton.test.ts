import { describe, expect, it } from "vitest";
import { matchTasks } from "../match";
import { consonantSkeleton } from "./ur-skeleton";
import { listedTask } from "@/test/support/task-json";
import { ur } from "./ur";

const listed = listedTask;

const same = (a: string, b: string) => ur.morphology.sameWord!(a, b);

describe("the consonant skeleton of a word in either script", () => {
  it.each([
    ["doodh", "دودھ", "dd"],
    ["dudh", "دودھ", "dd"],
    ["khareedna", "خریدنا", "krdn"],
    ["kharidna", "خریدنا", "krdn"],
    ["sabzi", "سبزی", "sbz"],
    ["bijli", "بجلی", "bjl"],
    ["kiraya", "کرایہ", "kr"],
    ["subah", "صبح", "sb"],
    ["gosht", "گوشت", "gXt"],
    ["chhat", "چھت", "Ct"],
    ["doctor", "ڈاکٹر", "dktr"],
    ["phone", "فون", "pn"],
    ["hisaab", "حساب", "hsb"],
    ["appointment", "اپوائنٹمنٹ", "pntmnt"],
  ])("%j and %j are both %j", (roman, urdu, skeleton) => {
    expect(consonantSkeleton(roman)).toBe(skeleton);
    expect(consonantSkeleton(urdu)).toBe(skeleton);
  });
});

describe("one word written in two scripts", () => {
  it.each([
    ["doodh", "دودھ"],
    ["khareedne", "خریدنا"],
    ["sabziyan", "سبزیاں"],
    ["dhobi", "دھوبی"],
    ["dakter", "ڈاکٹر"],
    ["chai", "چائے"],
    ["ammi", "امی"],
    ["dawai", "دوائی"],
    ["bartan", "برتن"],
    ["masjid", "مسجد"],
  ])("%j is %j", (roman, urdu) => {
    expect(same(roman, urdu)).toBe(true);
    expect(same(urdu, roman)).toBe(true);
  });

  it.each([
    ["doodh", "دوائی"], // one shared consonant is not a word
    ["bill", "بجلی"],
    ["chai", "چابی"], // a listed short word matches only its own spelling
    ["sabzi", "سبق"],
    ["khareedna", "بیچنا"],
    ["doodh", "doodh"], // one script: compared as written, elsewhere
    ["دودھ", "دودھ"],
    ["2", "۲"],
  ])("%j is not %j", (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});

describe("a reference in one script finds a title in the other", () => {
  const tasks = [
    listed({ id: 1, title: "دودھ خریدنا" }),
    listed({ id: 2, title: "Bijli ka bill dena" }),
    listed({ id: 3, title: "ڈاکٹر کے پاس جانا" }),
    listed({ id: 4, title: "Ammi ke liye dawai lena" }),
  ];
  it.each([
    ["doodh", [1]],
    ["dudh khareedna", [1]],
    ["بجلی کا بل", [2]],
    ["doctor", [3]],
    ["دوائی", [4]],
    ["chai", []],
  ])("%j finds %j", (words, ids) => {
    expect(matchTasks(words, tasks).map((t) => t.id)).toEqual(ids);
  });
});
