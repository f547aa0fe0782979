/* nv-bench.c: start-up timing for bench/run.sh
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nv-bench.h"

/*
 * With NETVAERK_BENCH_EXIT=first-frame the application prints
 * "first-frame SECONDS" once its first window has drawn its first
 * frame, and exits; with NETVAERK_BENCH_EXIT=content it waits for the
 * first frame that shows the plan (which may be loading in a thread
 * until then) and prints "content SECONDS". SECONDS are counted from
 * the start of the process: from NETVAERK_BENCH_START (CLOCK_MONOTONIC
 * in nanoseconds, set by a launcher just before exec) when it is set,
 * else from the kernel's start time of the process, to 1/100 s.
 * bench/minimal-window.c does the same, as the reference.
 *
 * With NETVAERK_BENCH_EXIT=show:WHAT it waits for the plan, shows a
 * page (WHAT is "grid" for the first network's planning grid, "people"
 * for the people, or the id of a network or a meeting) and prints
 * "shown SECONDS" at the first frame that shows it, then scrolls the page
 * to its far corner and prints "scrolled SECONDS" at the frame after:
 * each counted from the moment it was asked for.
 */

static double
seconds_of (clockid_t clock)
{
  struct timespec now;

  clock_gettime (clock, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* The process's start, in seconds since boot, from /proc/self/stat */
static double
process_start_since_boot (void)
{
  g_autofree char *stat = NULL;
  const char *p;
  unsigned long long start_ticks = 0;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (p = strrchr (stat, ')')) == NULL)
    return -1;

  /* After the command's name: fields 3 to 21, then 22, starttime */
  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL || sscanf (p + 1, "%llu", &start_ticks) != 1)
    return -1;

  return (double) start_ticks / sysconf (_SC_CLK_TCK);
}

/**
 * nv_bench_elapsed:
 *
 * Returns: the seconds since the process started
 */
double
nv_bench_elapsed (void)
{
  const char *start = g_getenv ("NETVAERK_BENCH_START");

  if (start != NULL)
    return seconds_of (CLOCK_MONOTONIC) - g_ascii_strtod (start, NULL) / 1e9;

  return seconds_of (CLOCK_BOOTTIME) - process_start_since_boot ();
}

typedef enum
{
  WATCH_FIRST_FRAME,
  WATCH_CONTENT,
  WATCH_PAGE,
} WatchMode;

typedef struct
{
  GtkWindow         *window;
  NvBenchReadyFunc   content_ready;
  NvBenchShowFunc    show_page;
  WatchMode          mode;
  char              *page;         /* what to show */
  GtkScrolledWindow *scroller;     /* the page's, once shown */
  gboolean           scrolled;
  double             asked;        /* when the page was shown or scrolled */
} Watch;

static void
scroll_to_end (GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
}

/* Shows the page, then scrolls it, then exits: one step a frame */
static void
watch_page (Watch *watch)
{
  if (watch->scroller == NULL)
    {
      watch->asked = nv_bench_elapsed ();
      watch->scroller = watch->show_page (watch->window, watch->page);
      if (watch->scroller == NULL)
        {
          g_printerr ("NETVAERK_BENCH_EXIT=show:%s: the plan has no such page\n", watch->page);
          _exit (1);
        }
      gtk_widget_queue_draw (GTK_WIDGET (watch->window));
      return;
    }

  if (!watch->scrolled)
    {
      printf ("shown %.3f\n", nv_bench_elapsed () - watch->asked);
      watch->scrolled = TRUE;
      watch->asked = nv_bench_elapsed ();
      scroll_to_end (gtk_scrolled_window_get_vadjustment (watch->scroller));
      scroll_to_end (gtk_scrolled_window_get_hadjustment (watch->scroller));
      return;
    }

  printf ("scrolled %.3f\n", nv_bench_elapsed () - watch->asked);
  fflush (stdout);
  _exit (0);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Watch         *watch)
{
  if (watch->mode != WATCH_FIRST_FRAME && !watch->content_ready (watch->window))
    return;

  if (watch->mode == WATCH_PAGE)
    {
      watch_page (watch);
      return;
    }

  printf ("%s %.3f\n", watch->mode == WATCH_CONTENT ? "content" : "first-frame", nv_bench_elapsed ());
  fflush (stdout);
  /* Right away: what quitting costs is not part of starting */
  _exit (0);
}

static gboolean watching;

/* A window closed before it drew: the next one is watched instead */
static void
on_destroy_cb (GtkWidget *widget,
               Watch     *watch)
{
  watching = FALSE;
}

static void
watch_free (gpointer data,
            GClosure *closure)
{
  Watch *watch = data;

  g_free (watch->page);
  g_free (watch);
}

static void
on_realize_cb (GtkWidget *widget,
               Watch     *watch)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_after_paint_cb), watch);
}

/**
 * nv_bench_watch_window:
 * @content_ready: tells whether @window shows its content yet
 * @show_page: shows a page in @window, for show:WHAT
 *
 * If NETVAERK_BENCH_EXIT asks for it, prints the time to @window's first
 * frame, or to its first frame with content, and exits the process.
 */
void
nv_bench_watch_window (GtkWindow        *window,
                       NvBenchReadyFunc  content_ready,
                       NvBenchShowFunc   show_page)
{
  const char *mode = g_getenv ("NETVAERK_BENCH_EXIT");
  Watch *watch;

  if (mode == NULL || watching)
    return;
  if (!g_str_equal (mode, "first-frame") && !g_str_equal (mode, "content") && !g_str_has_prefix (mode, "show:"))
    {
      g_printerr ("NETVAERK_BENCH_EXIT: expected first-frame, content or show:WHAT, found “%s”\n", mode);
      return;
    }

  /* Only the first window: the one the user waits for */
  watching = TRUE;
  watch = g_new0 (Watch, 1);
  watch->window = window;
  watch->content_ready = content_ready;
  watch->show_page = show_page;
  watch->mode = g_str_equal (mode, "content") ? WATCH_CONTENT
                : g_str_has_prefix (mode, "show:") ? WATCH_PAGE : WATCH_FIRST_FRAME;
  if (watch->mode == WATCH_PAGE)
    watch->page = g_strdup (mode + strlen ("show:"));
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), watch);
  g_signal_connect_data (window, "destroy", G_CALLBACK (on_destroy_cb), watch, watch_free, 0);
}
