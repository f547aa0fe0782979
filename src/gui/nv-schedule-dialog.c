/* nv-schedule-dialog.c: "Plan Meetings": a series of meetings ahead
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-input.h"
#include "nv-meeting.h"
#include "nv-schedule.h"
#include "nv-schedule-dialog.h"
#include "nv-util.h"

/*
 * The user describes the series (first date, how often, how many or
 * until when, days off, evaluation and closing meetings) and sees every
 * date before anything is added. The meetings come from nv_schedule_meetings() and
 * are added after the network's own, as one undoable step.
 */

struct _NvScheduleDialog
{
  AdwWindow      parent_instance;

  AdwActionRow  *first_date_row;
  GtkCalendar   *calendar;
  AdwComboRow   *cadence_row;
  AdwActionRow  *interval_row;
  GtkSpinButton *interval_spin;
  AdwComboRow   *end_row;
  AdwActionRow  *until_row;
  GtkCalendar   *until_calendar;
  AdwActionRow  *count_row;
  GtkSpinButton *count_spin;
  AdwEntryRow   *alternate_row;
  GtkSwitch     *skip_switch;
  GtkSwitch     *evaluation_switch;
  GtkSwitch     *closing_switch;
  GtkListBox    *preview_list;

  NvPlan        *plan;
  NvNetwork     *network;
  GPtrArray     *meetings;  /* the preview, added as they are */
  guint          span;      /* months from the first date to the end, or
                             * 0 once the user chose the end's day */
  gboolean       moving_until;
};

enum {
  ENDS_AFTER_COUNT,
  ENDS_ON_DATE,
};

G_DEFINE_FINAL_TYPE (NvScheduleDialog, nv_schedule_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  return nv_date_from_ymd (g_date_time_get_year (date), g_date_time_get_month (date),
                           g_date_time_get_day_of_month (date));
}

static guint
chosen_first_date (NvScheduleDialog *self)
{
  return calendar_date (self->calendar);
}

static void
select_date (GtkCalendar *calendar,
             guint        julian)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (!nv_date_to_ymd (julian, &year, &month, &day))
    return;
  date = g_date_time_new_local (year, month, day, 12, 0, 0);
  gtk_calendar_select_day (calendar, date);
}

/* The same day @months later, or the month's last day if it is shorter */
static guint
months_later (guint julian,
              guint months)
{
  g_autoptr(GDate) date = g_date_new_julian (julian);

  g_date_add_months (date, months);
  return g_date_get_julian (date);
}

/* The options as the form says; FALSE with @error for a start time
 * that cannot be read */
static gboolean
read_options (NvScheduleDialog   *self,
              NvScheduleOptions  *options,
              GError            **error)
{
  const char *alternate = gtk_editable_get_text (GTK_EDITABLE (self->alternate_row));
  gboolean until = adw_combo_row_get_selected (self->end_row) == ENDS_ON_DATE;
  int alternate_start = -1;

  if (*alternate != '\0' && !nv_parse_clock_time (alternate, &alternate_start, error))
    return FALSE;

  *options = (NvScheduleOptions) {
    .first_date = chosen_first_date (self),
    .count = until ? 0 : gtk_spin_button_get_value_as_int (self->count_spin),
    .end_date = until ? calendar_date (self->until_calendar) : 0,
    .cadence = adw_combo_row_get_selected (self->cadence_row),
    .interval = gtk_spin_button_get_value_as_int (self->interval_spin),
    .start = nv_network_get_default_start (self->network),
    .alternate_start = alternate_start,
    .length = nv_network_get_default_length (self->network),
    .skip_days_off = gtk_switch_get_active (self->skip_switch),
    .evaluation = gtk_switch_get_active (self->evaluation_switch),
    .closing = gtk_switch_get_active (self->closing_switch),
    .first_number = g_list_model_get_n_items (nv_network_get_meetings (self->network)) + 1,
  };
  return TRUE;
}

static GtkWidget *
preview_row_new (NvMeeting *meeting)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = nv_format_when (nv_meeting_get_date (meeting), nv_meeting_get_start (meeting));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  nv_row_show_text (ADW_PREFERENCES_ROW (row), nv_meeting_get_title (meeting), when);
  return row;
}

static gboolean
has_evaluation (GPtrArray *meetings)
{
  for (guint i = 0; i < meetings->len; i++)
    if (nv_meeting_get_kind (g_ptr_array_index (meetings, i)) == NV_MEETING_KIND_EVALUATION)
      return TRUE;
  return FALSE;
}

static void
update_preview (NvScheduleDialog *self)
{
  NvCadence cadence = adw_combo_row_get_selected (self->cadence_row);
  gboolean until = adw_combo_row_get_selected (self->end_row) == ENDS_ON_DATE;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  NvScheduleOptions options;
  GtkWidget *row;

  /* The form's signals come while the template is built, before there
   * is a network */
  if (self->network == NULL)
    return;

  first = nv_format_date_long (chosen_first_date (self));
  adw_action_row_set_subtitle (self->first_date_row, first);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->interval_row),
                                 cadence == NV_CADENCE_PER_YEAR ? _("Meetings a year") : _("Weeks apart"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->interval_row), cadence != NV_CADENCE_MONTHLY_WEEKDAY);

  /* "Half a year" stays half a year from whichever first date */
  if (self->span > 0)
    {
      self->moving_until = TRUE;
      select_date (self->until_calendar, months_later (chosen_first_date (self), self->span));
      self->moving_until = FALSE;
    }
  last = nv_format_date_long (calendar_date (self->until_calendar));
  adw_action_row_set_subtitle (self->until_row, last);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), until);
  gtk_widget_set_visible (GTK_WIDGET (self->count_row), !until);

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, row);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);

  if (read_options (self, &options, &error))
    self->meetings = nv_schedule_meetings (&options, &error);

  if (self->meetings == NULL)
    {
      gtk_list_box_append (self->preview_list, nv_list_placeholder_new (error->message));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.add", FALSE);
      return;
    }

  for (guint i = 0; i < self->meetings->len; i++)
    gtk_list_box_append (self->preview_list, preview_row_new (g_ptr_array_index (self->meetings, i)));
  if (options.evaluation && !has_evaluation (self->meetings))
    gtk_list_box_append (self->preview_list,
                         nv_list_placeholder_new (_("No meeting comes half a year after the first, "
                                                    "so the series has no evaluation meeting")));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.add", TRUE);
}

/* The user chose the last day themselves */
static void
on_until_selected_cb (NvScheduleDialog *self)
{
  if (self->moving_until)
    return;
  self->span = 0;
  update_preview (self);
}

/* 4 months, half a year or a year from the first date */
static void
span_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  NvScheduleDialog *self = NV_SCHEDULE_DIALOG (widget);

  self->span = MAX (1, g_variant_get_int32 (parameter));
  update_preview (self);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NvScheduleDialog *self = NV_SCHEDULE_DIALOG (widget);
  NvHistory *history = nv_plan_get_history (self->plan);
  NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (self->network));

  if (self->meetings == NULL)
    return;

  nv_history_begin_group (history, _("Plan Meetings"));
  for (guint i = 0; i < self->meetings->len; i++)
    nv_record_list_append (meetings, g_ptr_array_index (self->meetings, i));
  nv_history_end_group (history);

  g_signal_emit (self, signals[ADDED], 0, self->meetings->len);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A first date four weeks after the network's last meeting, or two
 * weeks from today for a new network */
static guint
suggested_first_date (NvNetwork *network)
{
  GListModel *meetings = nv_network_get_meetings (network);
  guint last = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    last = MAX (last, nv_meeting_get_date (NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i))));

  return last != 0 ? last + 28 : nv_date_today () + 14;
}

/**
 * nv_schedule_dialog_new:
 *
 * Returns: (transfer none): the dialog, shown; it emits "added" with the
 * number of meetings once they are in @network
 */
NvScheduleDialog *
nv_schedule_dialog_new (GtkWindow *parent,
                        NvPlan    *plan,
                        NvNetwork *network)
{
  NvScheduleDialog *self = g_object_new (NV_TYPE_SCHEDULE_DIALOG, "transient-for", parent, NULL);

  self->plan = g_object_ref (plan);
  self->network = g_object_ref (network);
  self->span = 6;
  select_date (self->calendar, suggested_first_date (network));
  update_preview (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
nv_schedule_dialog_dispose (GObject *object)
{
  NvScheduleDialog *self = NV_SCHEDULE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_SCHEDULE_DIALOG);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_object (&self->network);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_schedule_dialog_parent_class)->dispose (object);
}

static void
nv_schedule_dialog_class_init (NvScheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_schedule_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-schedule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, first_date_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, interval_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, count_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, alternate_row);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, evaluation_switch);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, closing_switch);
  gtk_widget_class_bind_template_child (widget_class, NvScheduleDialog, preview_list);
  gtk_widget_class_bind_template_callback (widget_class, update_preview);
  gtk_widget_class_bind_template_callback (widget_class, on_until_selected_cb);

  gtk_widget_class_install_action (widget_class, "schedule.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "schedule.span", "i", span_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nv_schedule_dialog_init (NvScheduleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
