/* nv-field-row.c: an editable row for any field of a record
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda.h"
#include "nv-field-row.h"
#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-link.h"
#include "nv-input.h"
#include "nv-person.h"
#include "nv-util.h"

/*
 * Every form in the application is made of these rows. Each is bound to
 * one property of one record: what the user changes goes through the
 * record's setter, and so into the plan's history (undo, the unsaved
 * marker, autosave); what changes in the record (an undo, another view)
 * shows in the row. Text the user types that is not valid (a time of
 * "25.00") marks the row with an error and leaves the record alone.
 */

#define FIELD_ROW_KEY "nv-field-row-pspec"

static GParamSpec *
find_pspec (NvRecord   *record,
            const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);

  g_assert (pspec != NULL && nv_field_get (pspec) != NULL);
  return pspec;
}

static const char *
field_title (GParamSpec *pspec)
{
  return _(g_param_spec_get_nick (pspec));
}

/* Leaving a field ends the typing that merges into one undo step */
static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   NvRecord                *record)
{
  NvHistory *history = nv_record_find_history (record);

  if (history != NULL)
    nv_history_seal (history);
}

static void
seal_history_on_leave (GtkWidget *row,
                       NvRecord  *record)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), record, 0);
  gtk_widget_add_controller (row, focus);
}

#define ERROR_ICON_KEY "nv-field-row-error-icon"
#define ERROR_MESSAGE_KEY "nv-field-row-error-message"
#define FIELD_TITLE_KEY "nv-field-row-title"

/* Marks a row whose text is not valid, in the row itself: red, with a
 * warning sign, and the message in place of the field's title while the
 * text stays wrong, where it is seen without hovering (and read out to
 * screen readers, as the row's name and description) */
static void
set_row_error (GtkWidget  *row,
               const char *message)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), ERROR_ICON_KEY);
  const char *title = g_object_get_data (G_OBJECT (row), FIELD_TITLE_KEY);

  if (icon == NULL && message != NULL && ADW_IS_ENTRY_ROW (row))
    {
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "error");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), icon);
      g_object_set_data (G_OBJECT (row), ERROR_ICON_KEY, icon);
    }

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  if (icon != NULL)
    {
      gtk_widget_set_visible (icon, message != NULL);
      gtk_widget_set_tooltip_text (icon, message);
    }

  g_object_set_data_full (G_OBJECT (row), ERROR_MESSAGE_KEY, g_strdup (message), g_free);
  if (message != NULL || title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message != NULL ? message : "", -1);
}

/* The field's own title, shown whenever the row has no error to show */
static void
set_row_field_title (GtkWidget  *row,
                     const char *title)
{
  g_object_set_data_full (G_OBJECT (row), FIELD_TITLE_KEY, g_strdup (title), g_free);
  if (g_object_get_data (G_OBJECT (row), ERROR_MESSAGE_KEY) == NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

/* Undo is the plan's, for every field alike: the entries' own undo would
 * take Ctrl+Z before the window sees it */
static GtkWidget *
entry_row_new (void)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  return row;
}

/* Text: NULL in the record is "" in the entry */

static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

/* An address is kept as typed (it may be half-typed), but one that a
 * mail program would refuse is marked */
static void
check_email (GtkEditable *editable)
{
  const char *text = gtk_editable_get_text (editable);

  set_row_error (GTK_WIDGET (editable),
                 text[0] == '\0' || nv_email_is_valid (text) ? NULL
                 : _("This is not a valid e-mail address"));
}

static GtkWidget *
text_row_new (NvRecord   *record,
              GParamSpec *pspec)
{
  GtkWidget *row = entry_row_new ();

  g_object_bind_property_full (record, pspec->name, row, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               string_to_text, NULL, NULL, NULL);

  if (g_str_equal (pspec->name, "email"))
    {
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
      g_signal_connect (row, "changed", G_CALLBACK (check_email), NULL);
      check_email (GTK_EDITABLE (row));
    }
  else if (g_str_equal (pspec->name, "phone"))
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);

  return row;
}

/* Values typed as text and checked (times, durations): the entry shows
 * the record's value; what the user types is parsed on every change and
 * written only when valid. */

typedef gboolean (*ParseFunc)  (const char *text, int *value, GError **error);
typedef char    *(*FormatFunc) (int value);

typedef struct
{
  NvRecord   *record;
  GParamSpec *pspec;
  ParseFunc   parse;
  FormatFunc  format;
  gboolean    updating;
  gboolean    editing;        /* the user is typing: value_before is set */
  int         value_before;   /* the value when the typing began */
  guint       clear_source;
} ParsedRow;

static void
parsed_row_free (gpointer data)
{
  ParsedRow *parsed = data;

  g_clear_handle_id (&parsed->clear_source, g_source_remove);
  g_object_unref (parsed->record);
  g_free (parsed);
}

static void
parsed_row_show_value (GtkWidget *row,
                       ParsedRow *parsed)
{
  int value;
  g_autofree char *text = NULL;

  g_object_get (parsed->record, parsed->pspec->name, &value, NULL);
  text = value >= 0 ? parsed->format (value) : NULL;

  /* Whatever the user was typing is over: the field shows the plan again */
  parsed->editing = FALSE;
  parsed->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  parsed->updating = FALSE;
  set_row_error (row, NULL);
}

static void
on_parsed_record_notify_cb (GtkWidget *row)
{
  ParsedRow *parsed = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  int current = -1, typed = -1;

  if (parsed->updating)
    return;

  /* Unless the entry already says the same (the user is typing it) */
  g_object_get (parsed->record, parsed->pspec->name, &current, NULL);
  if (!parsed->parse (gtk_editable_get_text (GTK_EDITABLE (row)), &typed, NULL) || typed != current)
    parsed_row_show_value (row, parsed);
}

/* Replacing the text deletes it before inserting the new: only a field
 * that stays empty unsets the value */
static gboolean
clear_if_still_empty_cb (gpointer user_data)
{
  GtkEditable *editable = user_data;
  ParsedRow *parsed = g_object_get_data (G_OBJECT (editable), FIELD_ROW_KEY);
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  parsed->clear_source = 0;
  if (stripped[0] == '\0')
    g_object_set (parsed->record, parsed->pspec->name, -1, NULL);

  return G_SOURCE_REMOVE;
}

static void
on_parsed_text_changed_cb (GtkEditable *editable)
{
  ParsedRow *parsed = g_object_get_data (G_OBJECT (editable), FIELD_ROW_KEY);
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int value = -1;

  if (parsed->updating)
    return;

  g_clear_handle_id (&parsed->clear_source, g_source_remove);

  if (!parsed->editing)
    {
      parsed->editing = TRUE;
      g_object_get (parsed->record, parsed->pspec->name, &parsed->value_before, NULL);
    }

  if (stripped[0] == '\0')
    {
      set_row_error (GTK_WIDGET (editable), NULL);
      parsed->clear_source = g_idle_add (clear_if_still_empty_cb, editable);
      return;
    }

  /* Text that is not valid leaves the plan as it was before the typing
   * began: "25.00" must not be stored as the "2" typed on the way */
  if (!parsed->parse (text, &value, &error))
    {
      /* ...and keeps what the user typed in the field, marked */
      parsed->updating = TRUE;
      g_object_set (parsed->record, parsed->pspec->name, parsed->value_before, NULL);
      parsed->updating = FALSE;
      set_row_error (GTK_WIDGET (editable), error->message);
      return;
    }

  set_row_error (GTK_WIDGET (editable), NULL);
  g_object_set (parsed->record, parsed->pspec->name, value, NULL);
}

/* The typing in a field is over (Enter, leaving it, a time picked): it
 * is one undo step, and the next typing starts from the value it left,
 * shown in its usual form ("9" → "09.00"). Text that is not valid stays,
 * marked, and the plan keeps the value from before it. */
static void
parsed_row_end_editing (GtkWidget *row)
{
  ParsedRow *parsed = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  NvHistory *history = nv_record_find_history (parsed->record);
  int value = -1;

  if (history != NULL)
    nv_history_seal (history);
  parsed->editing = FALSE;
  if (parsed->parse (gtk_editable_get_text (GTK_EDITABLE (row)), &value, NULL))
    parsed_row_show_value (row, parsed);
}

static void
on_parsed_focus_leave_cb (GtkEventControllerFocus *controller,
                          GtkWidget               *row)
{
  parsed_row_end_editing (row);
}

/* Times: besides typing, a popover with hours and minutes to pick from.
 * What is picked is written into the field as if typed, so it goes the
 * same checked way into the plan, as one step to undo */

#define TIME_PICKER_KEY "nv-field-row-time-picker"

typedef struct
{
  GtkSpinButton *hours;
  GtkSpinButton *minutes;
  gboolean       updating;
} TimePicker;

/* Two digits, as a clock shows them */
static gboolean
on_time_spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_time_picked_cb (GtkSpinButton *spin,
                   GtkWidget     *row)
{
  TimePicker *picker = g_object_get_data (G_OBJECT (row), TIME_PICKER_KEY);
  ParsedRow *parsed = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  g_autofree char *text = NULL;

  if (picker->updating)
    return;

  text = parsed->format (gtk_spin_button_get_value_as_int (picker->hours) * 60 +
                         gtk_spin_button_get_value_as_int (picker->minutes));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The picker opens on the field's time, or on the hour if it has none */
static void
on_time_picker_show_cb (GtkPopover *popover,
                        GtkWidget  *row)
{
  TimePicker *picker = g_object_get_data (G_OBJECT (row), TIME_PICKER_KEY);
  ParsedRow *parsed = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  int value = -1;

  if (!parsed->parse (gtk_editable_get_text (GTK_EDITABLE (row)), &value, NULL))
    g_object_get (parsed->record, parsed->pspec->name, &value, NULL);
  if (value < 0)
    value = 12 * 60;

  picker->updating = TRUE;
  gtk_spin_button_set_value (picker->hours, value / 60);
  gtk_spin_button_set_value (picker->minutes, value % 60);
  picker->updating = FALSE;
}

/* Picking is over: the next change is another step */
static void
on_time_picker_closed_cb (GtkPopover *popover,
                          GtkWidget  *row)
{
  parsed_row_end_editing (row);
}

static GtkSpinButton *
time_spin_new (int         max,
               int         step,
               const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), step, step * 3);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (spin, "output", G_CALLBACK (on_time_spin_output_cb), NULL);
  return GTK_SPIN_BUTTON (spin);
}

static void
add_time_picker (GtkWidget *row)
{
  TimePicker *picker = g_new0 (TimePicker, 1);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *colon = gtk_label_new (":");

  g_object_set_data_full (G_OBJECT (row), TIME_PICKER_KEY, picker, g_free);
  /* Minutes go by five: meetings start on the hour or the quarter */
  picker->hours = time_spin_new (23, 1, C_("clock", "Hours"));
  picker->minutes = time_spin_new (55, 5, C_("clock", "Minutes"));

  gtk_widget_add_css_class (colon, "title-2");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->hours));
  gtk_box_append (GTK_BOX (box), colon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->minutes));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "preferences-system-time-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Time"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect (picker->hours, "value-changed", G_CALLBACK (on_time_picked_cb), row);
  g_signal_connect (picker->minutes, "value-changed", G_CALLBACK (on_time_picked_cb), row);
  g_signal_connect (popover, "show", G_CALLBACK (on_time_picker_show_cb), row);
  g_signal_connect (popover, "closed", G_CALLBACK (on_time_picker_closed_cb), row);
}

static GtkWidget *
parsed_row_new (NvRecord   *record,
                GParamSpec *pspec,
                ParseFunc   parse,
                FormatFunc  format,
                const char *hint)
{
  GtkWidget *row = entry_row_new ();
  ParsedRow *parsed = g_new0 (ParsedRow, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);

  parsed->record = g_object_ref (record);
  parsed->pspec = pspec;
  parsed->parse = parse;
  parsed->format = format;
  g_object_set_data_full (G_OBJECT (row), FIELD_ROW_KEY, parsed, parsed_row_free);

  gtk_widget_set_tooltip_text (row, hint);
  parsed_row_show_value (row, parsed);

  g_signal_connect (row, "changed", G_CALLBACK (on_parsed_text_changed_cb), NULL);
  g_signal_connect (row, "entry-activated", G_CALLBACK (parsed_row_end_editing), NULL);
  g_signal_connect_object (record, signal, G_CALLBACK (on_parsed_record_notify_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_parsed_focus_leave_cb), row, 0);
  gtk_widget_add_controller (row, focus);
  return row;
}

/* A meeting's end: typing a clock time fixes the meeting's length from
 * its start (one undoable change of the length); clearing it lets the
 * end follow the agenda again. An end before the start is refused, with
 * the reason on the row, and the plan keeps what it had. */

static void
end_row_show (GtkWidget *row)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  int end = nv_meeting_get_fixed_end (meeting);
  g_autofree char *text = end >= 0 ? nv_format_clock_time (end % NV_MINUTES_PER_DAY) : NULL;

  g_object_set_data (G_OBJECT (row), "nv-updating", GINT_TO_POINTER (TRUE));
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_object_set_data (G_OBJECT (row), "nv-updating", NULL);
  set_row_error (row, NULL);
}

static void
on_end_meeting_notify_cb (GtkWidget *row)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  int typed = -1;

  /* What the user is typing stays, as long as it says the same end */
  if (stripped[0] == '\0' ? nv_meeting_get_fixed_end (meeting) < 0
      : nv_parse_clock_time (stripped, &typed, NULL) && typed == nv_meeting_get_fixed_end (meeting))
    return;
  end_row_show (row);
}

/* Replacing the text empties the field on the way: only a field still
 * empty afterwards clears the end */
static gboolean
end_clear_if_still_empty_cb (gpointer data)
{
  GtkEditable *editable = data;
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  g_object_set_data (G_OBJECT (editable), "nv-clear-source", NULL);
  if (stripped[0] == '\0')
    nv_meeting_set_end (g_object_get_data (G_OBJECT (editable), FIELD_ROW_KEY), -1, NULL);
  return G_SOURCE_REMOVE;
}

static void
on_end_text_changed_cb (GtkEditable *editable)
{
  NvMeeting *meeting = g_object_get_data (G_OBJECT (editable), FIELD_ROW_KEY);
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  g_autoptr(GError) error = NULL;
  guint clear_source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "nv-clear-source"));
  int end = -1;

  if (g_object_get_data (G_OBJECT (editable), "nv-updating") != NULL)
    return;

  if (clear_source != 0)
    {
      g_source_remove (clear_source);
      g_object_set_data (G_OBJECT (editable), "nv-clear-source", NULL);
    }
  if (stripped[0] == '\0')
    {
      set_row_error (GTK_WIDGET (editable), NULL);
      if (nv_meeting_get_fixed_end (meeting) >= 0)
        g_object_set_data (G_OBJECT (editable), "nv-clear-source",
                           GUINT_TO_POINTER (g_idle_add_full (G_PRIORITY_DEFAULT, end_clear_if_still_empty_cb,
                                                              g_object_ref (editable), g_object_unref)));
      return;
    }

  if (!nv_parse_clock_time (stripped, &end, &error))
    {
      set_row_error (GTK_WIDGET (editable), error->message);
      return;
    }
  /* The end is the same as now: nothing to change (nor to undo) */
  if (end == nv_meeting_get_fixed_end (meeting))
    {
      set_row_error (GTK_WIDGET (editable), NULL);
      return;
    }
  if (!nv_meeting_set_end (meeting, end, &error))
    {
      set_row_error (GTK_WIDGET (editable), error->message);
      return;
    }
  set_row_error (GTK_WIDGET (editable), NULL);
}

static void
on_end_focus_leave_cb (GtkEventControllerFocus *controller,
                       GtkWidget               *row)
{
  end_row_show (row);
}

/**
 * nv_end_row_new:
 *
 * Returns: a row to fix @meeting's end as a clock time, or to clear it
 */
GtkWidget *
nv_end_row_new (NvMeeting *meeting)
{
  GtkWidget *row = entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* Translators: the field of a meeting's fixed end time */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Ends"));
  gtk_widget_set_tooltip_text (row, _("A time of day, such as 15.00; empty: the end follows the agenda"));
  g_object_set_data_full (G_OBJECT (row), FIELD_ROW_KEY, g_object_ref (meeting), g_object_unref);
  end_row_show (row);

  g_signal_connect (row, "changed", G_CALLBACK (on_end_text_changed_cb), NULL);
  g_signal_connect_object (meeting, "notify::start", G_CALLBACK (on_end_meeting_notify_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (meeting, "notify::duration", G_CALLBACK (on_end_meeting_notify_cb), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_end_focus_leave_cb), row, 0);
  gtk_widget_add_controller (row, focus);
  return row;
}

/* Numbers */

static GtkWidget *
int_row_new (NvRecord   *record,
             GParamSpec *pspec)
{
  GParamSpecInt *int_spec = G_PARAM_SPEC_INT (pspec);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (MAX (int_spec->minimum, 0), int_spec->maximum, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_bind_property (record, pspec->name, gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return row;
}

static GtkWidget *
boolean_row_new (NvRecord   *record,
                 GParamSpec *pspec)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_bind_property (record, pspec->name, toggle, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  return row;
}

/* Enumerations: a combo row of their labels, in declaration order */

static gboolean
enum_to_index (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (from));
  int value = g_value_get_enum (from);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value == value)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
index_to_enum (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to));
  guint index = g_value_get_uint (from);

  if (index >= klass->n_values)
    return FALSE;
  g_value_set_enum (to, klass->values[index].value);
  return TRUE;
}

static GtkWidget *
enum_row_new (NvRecord   *record,
              GParamSpec *pspec)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, nv_enum_label (pspec->value_type, klass->values[i].value));

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_bind_property_full (record, pspec->name, row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               enum_to_index, index_to_enum, NULL, NULL);
  return row;
}

/* Dates: the date in words, and a calendar to pick or clear it */

typedef struct
{
  NvRecord    *record;
  GParamSpec  *pspec;
  GtkCalendar *calendar;
  GtkWidget   *popover;
  gboolean     updating;
} DateRow;

static void
date_row_free (gpointer data)
{
  DateRow *date_row = data;

  g_object_unref (date_row->record);
  g_free (date_row);
}

static void
date_row_update (AdwActionRow *row)
{
  DateRow *date_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  guint julian = 0;
  g_autofree char *text = NULL;
  int year, month, day;

  g_object_get (date_row->record, date_row->pspec->name, &julian, NULL);
  text = nv_format_date_long (julian);
  nv_row_set_value (row, text);

  if (nv_date_to_ymd (julian, &year, &month, &day))
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

      date_row->updating = TRUE;
      gtk_calendar_select_day (date_row->calendar, date);
      date_row->updating = FALSE;
    }
}

static void
on_day_selected_cb (GtkCalendar  *calendar,
                    AdwActionRow *row)
{
  DateRow *date_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  g_autoptr(GDateTime) date = NULL;

  if (date_row->updating)
    return;

  date = gtk_calendar_get_date (calendar);
  g_object_set (date_row->record, date_row->pspec->name,
                nv_date_from_ymd (g_date_time_get_year (date), g_date_time_get_month (date),
                                  g_date_time_get_day_of_month (date)),
                NULL);
  gtk_popover_popdown (GTK_POPOVER (date_row->popover));
}

static void
on_clear_date_cb (GtkButton    *button,
                  AdwActionRow *row)
{
  DateRow *date_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);

  g_object_set (date_row->record, date_row->pspec->name, 0, NULL);
  gtk_popover_popdown (GTK_POPOVER (date_row->popover));
}

static GtkWidget *
date_row_new (NvRecord   *record,
              GParamSpec *pspec)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear Date"));
  DateRow *date_row = g_new0 (DateRow, 1);
  g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);

  date_row->record = g_object_ref (record);
  date_row->pspec = pspec;
  date_row->calendar = GTK_CALENDAR (calendar);
  date_row->popover = gtk_popover_new ();
  g_object_set_data_full (G_OBJECT (row), FIELD_ROW_KEY, date_row, date_row_free);

  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), clear);
  gtk_popover_set_child (GTK_POPOVER (date_row->popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), date_row->popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected_cb), row);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_date_cb), row);
  g_signal_connect_object (record, signal, G_CALLBACK (date_row_update), row, G_CONNECT_SWAPPED);
  date_row_update (ADW_ACTION_ROW (row));
  return row;
}

/* A reference to a person: a combo row of everyone in the plan */

typedef struct
{
  NvPlan        *plan;
  NvRecord      *record;
  GParamSpec    *pspec;
  GtkStringList *names;
  guint          first_person;  /* 1 when position 0 is "Nobody" */
  gboolean       updating;
} PersonRow;

static void
person_row_free (gpointer data)
{
  PersonRow *person_row = data;

  g_object_unref (person_row->plan);
  g_object_unref (person_row->record);
  g_object_unref (person_row->names);
  g_free (person_row);
}

static void
person_row_sync (AdwComboRow *row)
{
  PersonRow *person_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  GListModel *people = nv_plan_get_people (person_row->plan);
  guint n = g_list_model_get_n_items (people);
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_object_get (person_row->record, person_row->pspec->name, &id, NULL);

  /* A reference the record cannot do without offers no "Nobody": a
   * member without a person could not be saved */
  if (person_row->first_person == 1)
    g_ptr_array_add (names, g_strdup (_("Nobody")));
  for (guint i = 0; i < n; i++)
    {
      NvPerson *person = NV_PERSON (nv_record_list_peek (NV_RECORD_LIST (people), i));
      const char *name = nv_person_get_name (person);

      g_ptr_array_add (names, g_strdup (name != NULL ? name : _("Unnamed person")));
      if (g_strcmp0 (id, nv_record_get_id (NV_RECORD (person))) == 0)
        selected = i + person_row->first_person;
    }
  g_ptr_array_add (names, NULL);

  person_row->updating = TRUE;
  gtk_string_list_splice (person_row->names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (person_row->names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (row, selected);
  person_row->updating = FALSE;
}

static void
on_person_selected_cb (AdwComboRow *row)
{
  PersonRow *person_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  guint selected = adw_combo_row_get_selected (row);
  const char *id = NULL;

  if (person_row->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected >= person_row->first_person)
    id = nv_record_get_id (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_people (person_row->plan)),
                                                selected - person_row->first_person));
  g_object_set (person_row->record, person_row->pspec->name, id, NULL);
}

static GtkWidget *
person_row_new (NvPlan     *plan,
                NvRecord   *record,
                GParamSpec *pspec)
{
  GtkWidget *row = adw_combo_row_new ();
  PersonRow *person_row = g_new0 (PersonRow, 1);
  g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);

  person_row->plan = g_object_ref (plan);
  person_row->record = g_object_ref (record);
  person_row->pspec = pspec;
  person_row->names = gtk_string_list_new (NULL);
  person_row->first_person = nv_field_get (pspec)->required ? 0 : 1;
  g_object_set_data_full (G_OBJECT (row), FIELD_ROW_KEY, person_row, person_row_free);

  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (person_row->names));
  person_row_sync (ADW_COMBO_ROW (row));

  g_signal_connect (row, "notify::selected", G_CALLBACK (on_person_selected_cb), NULL);
  g_signal_connect_object (record, signal, G_CALLBACK (person_row_sync), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (nv_plan_get_people (plan), "items-changed",
                           G_CALLBACK (person_row_sync), row, G_CONNECT_SWAPPED);
  return row;
}

/* A list of text (sub-themes, questions, attachments): one line each */

static gboolean
strv_to_lines (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  char **strv = g_value_get_boxed (from);

  g_value_take_string (to, strv != NULL ? g_strjoinv ("\n", strv) : g_strdup (""));
  return TRUE;
}

static gboolean
lines_to_strv (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_auto(GStrv) lines = g_strsplit (g_value_get_string (from), "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* Blank lines are not items */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      g_strv_builder_add (builder, lines[i]);

  g_value_take_boxed (to, g_strv_builder_end (builder));
  return TRUE;
}

/* The row's subtitle: @user_data, the field's own to-text transform,
 * then only the start of long text (see nv_display_text()) */
static gboolean
summary_transform (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  GBindingTransformFunc to_text = (GBindingTransformFunc) user_data;
  g_auto(GValue) text = G_VALUE_INIT;

  g_value_init (&text, G_TYPE_STRING);
  if (!to_text (binding, from, &text, NULL))
    return FALSE;

  g_value_take_string (to, nv_display_text (g_value_get_string (&text)));
  return TRUE;
}

/* An expander row with a wrapping text view, bound to @pspec of @record
 * through the two transforms, with the start of the text as subtitle */
static GtkWidget *
text_view_row_new (NvRecord               *record,
                   GParamSpec             *pspec,
                   GBindingTransformFunc   to_text,
                   GBindingTransformFunc   from_text)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_add_css_class (view, "inline");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), view);

  g_object_bind_property_full (record, pspec->name, buffer, "text",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               to_text, from_text, NULL, NULL);
  g_object_bind_property_full (record, pspec->name, row, "subtitle",
                               G_BINDING_SYNC_CREATE, summary_transform, NULL, to_text, NULL);
  seal_history_on_leave (view, record);
  return row;
}

/* People in a list of references (theme leads): a check box for each */

typedef struct
{
  NvPlan     *plan;
  NvRecord   *record;
  GParamSpec *pspec;
  GPtrArray  *checks;
  gboolean    updating;
} PeopleRow;

static void
people_row_free (gpointer data)
{
  PeopleRow *people_row = data;

  g_object_unref (people_row->plan);
  g_object_unref (people_row->record);
  g_ptr_array_unref (people_row->checks);
  g_free (people_row);
}

static void
on_person_toggled_cb (GtkCheckButton *check,
                      AdwExpanderRow *row)
{
  PeopleRow *people_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (people_row->updating)
    return;

  for (guint i = 0; i < people_row->checks->len; i++)
    {
      GtkCheckButton *each = g_ptr_array_index (people_row->checks, i);

      if (gtk_check_button_get_active (each))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (each), "person-id"));
    }
  ids = g_strv_builder_end (builder);
  g_object_set (people_row->record, people_row->pspec->name, ids, NULL);
}

static void
people_row_sync (AdwExpanderRow *row)
{
  PeopleRow *people_row = g_object_get_data (G_OBJECT (row), FIELD_ROW_KEY);
  GListModel *people = nv_plan_get_people (people_row->plan);
  guint n = g_list_model_get_n_items (people);
  g_auto(GStrv) chosen = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_object_get (people_row->record, people_row->pspec->name, &chosen, NULL);

  people_row->updating = TRUE;
  for (guint i = 0; i < people_row->checks->len; i++)
    adw_expander_row_remove (row, gtk_widget_get_parent (g_ptr_array_index (people_row->checks, i)));
  g_ptr_array_set_size (people_row->checks, 0);

  for (guint i = 0; i < n; i++)
    {
      NvRecord *person = nv_record_list_peek (NV_RECORD_LIST (people), i);
      const char *name = nv_person_get_name (NV_PERSON (person));
      GtkWidget *check = gtk_check_button_new_with_label (name != NULL ? name : _("Unnamed person"));
      gboolean active = chosen != NULL && g_strv_contains ((const char * const *) chosen, nv_record_get_id (person));

      g_object_set_data_full (G_OBJECT (check), "person-id", g_strdup (nv_record_get_id (person)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      gtk_widget_set_margin_start (check, 12);
      g_signal_connect (check, "toggled", G_CALLBACK (on_person_toggled_cb), row);
      adw_expander_row_add_row (row, check);
      g_ptr_array_add (people_row->checks, check);
      if (active)
        g_ptr_array_add (names, (gpointer) (name != NULL ? name : _("Unnamed person")));
    }
  g_ptr_array_add (names, NULL);
  people_row->updating = FALSE;

  {
    g_autofree char *subtitle = g_strjoinv (", ", (char **) names->pdata);
    g_autofree char *shown = nv_display_text (subtitle);

    adw_expander_row_set_subtitle (row, shown);
  }
}

static GtkWidget *
people_row_new (NvPlan     *plan,
                NvRecord   *record,
                GParamSpec *pspec)
{
  GtkWidget *row = adw_expander_row_new ();
  PeopleRow *people_row = g_new0 (PeopleRow, 1);
  g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);

  people_row->plan = g_object_ref (plan);
  people_row->record = g_object_ref (record);
  people_row->pspec = pspec;
  people_row->checks = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (row), FIELD_ROW_KEY, people_row, people_row_free);
  people_row_sync (ADW_EXPANDER_ROW (row));

  g_signal_connect_object (record, signal, G_CALLBACK (people_row_sync), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (nv_plan_get_people (plan), "items-changed",
                           G_CALLBACK (people_row_sync), row, G_CONNECT_SWAPPED);
  return row;
}

/**
 * nv_long_text_row_new:
 *
 * Returns: (transfer floating): a row for a text field that can run to
 * several lines (a purpose, notes, a rule)
 */
GtkWidget *
nv_long_text_row_new (NvRecord   *record,
                      const char *property)
{
  GParamSpec *pspec = find_pspec (record, property);
  GtkWidget *row = text_view_row_new (record, pspec, string_to_text, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field_title (pspec));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

/* Links in a list of text: a button for each line that can be opened */

static GtkWidget *
link_button_new (const char *line)
{
  g_autofree char *shown = nv_display_text (line);
  /* Translators: a tooltip; %s is a link or file name the user wrote */
  g_autofree char *tooltip = g_strdup_printf (_("Open “%s”"), shown);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "mail-attachment-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), shown);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-link");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", line);
  return button;
}

static void
update_links (GtkWidget  *box,
              GParamSpec *pspec,
              NvRecord   *record)
{
  g_auto(GStrv) lines = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  g_object_get (record, pspec->name, &lines, NULL);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_autofree char *uri = nv_link_to_uri (lines[i]);

      if (uri != NULL)
        gtk_box_append (GTK_BOX (box), link_button_new (lines[i]));
    }

  gtk_widget_set_visible (box, gtk_widget_get_first_child (box) != NULL);
}

static void
on_links_changed_cb (NvRecord   *record,
                     GParamSpec *pspec,
                     GtkWidget  *box)
{
  update_links (box, pspec, record);
}

/**
 * nv_links_row_new:
 * @record: a record
 * @property: a list-of-text field of it, such as attachments
 *
 * Web addresses and documents in the field open with one click, through
 * the window's open-link action, which decides what may be opened.
 *
 * Returns: (transfer floating): a row of buttons, hidden while the
 * field holds no links
 */
GtkWidget *
nv_links_row_new (NvRecord   *record,
                  const char *property)
{
  GParamSpec *pspec = find_pspec (record, property);
  g_autofree char *signal = g_strdup_printf ("notify::%s", pspec->name);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  g_signal_connect_object (record, signal, G_CALLBACK (on_links_changed_cb), box, 0);
  update_links (box, pspec, record);
  return box;
}

/**
 * nv_field_row_new:
 * @plan: the plan @record is in, for references to people
 * @record: a record
 * @property: one of its fields
 *
 * Returns: (transfer floating): a row that shows and edits the field
 */
GtkWidget *
nv_field_row_new (NvPlan     *plan,
                  NvRecord   *record,
                  const char *property)
{
  GParamSpec *pspec = find_pspec (record, property);
  const NvField *field = nv_field_get (pspec);
  GtkWidget *row;

  switch (field->kind)
    {
    case NV_FIELD_STRING:
      row = text_row_new (record, pspec);
      break;
    case NV_FIELD_INT:
      row = int_row_new (record, pspec);
      break;
    case NV_FIELD_BOOLEAN:
      row = boolean_row_new (record, pspec);
      break;
    case NV_FIELD_ENUM:
      row = enum_row_new (record, pspec);
      break;
    case NV_FIELD_DATE:
      row = date_row_new (record, pspec);
      break;
    case NV_FIELD_TIME:
      row = parsed_row_new (record, pspec, nv_parse_clock_time, nv_format_clock_time,
                            _("A time of day, such as 15.00"));
      add_time_picker (row);
      break;
    case NV_FIELD_DURATION:
      row = parsed_row_new (record, pspec, nv_parse_duration, nv_format_duration_short,
                            _("Minutes (“15”), hours and minutes (“1:30”) or “1 h 30 min”"));
      break;
    case NV_FIELD_REF:
      g_assert (field->target_type == NV_TYPE_PERSON);
      row = person_row_new (plan, record, pspec);
      break;
    case NV_FIELD_STRV:
      row = text_view_row_new (record, pspec, strv_to_lines, lines_to_strv);
      gtk_widget_set_tooltip_text (row, _("One per line"));
      break;
    case NV_FIELD_REF_LIST:
      g_assert (field->target_type == NV_TYPE_PERSON);
      row = people_row_new (plan, record, pspec);
      break;
    case NV_FIELD_RECORD:
    case NV_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  set_row_field_title (row, field_title (pspec));
  seal_history_on_leave (row, record);
  return row;
}

/**
 * nv_form_add_row:
 * @rows: the rows of a form, to clear it later
 *
 * Adds @row to @group and remembers it in @rows.
 */
void
nv_form_add_row (GPtrArray           *rows,
                 AdwPreferencesGroup *group,
                 GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

/**
 * nv_form_add_fields:
 * @properties: %NULL-terminated field names of @record
 *
 * Adds a row for each field to @group.
 */
void
nv_form_add_fields (GPtrArray           *rows,
                    AdwPreferencesGroup *group,
                    NvPlan              *plan,
                    NvRecord            *record,
                    const char * const  *properties)
{
  for (guint i = 0; properties[i] != NULL; i++)
    nv_form_add_row (rows, group, nv_field_row_new (plan, record, properties[i]));
}

/* Takes the rows of a form out of their groups, to show another record */
void
nv_form_clear (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (rows, 0);
}
