# Generated from forms/huddle_attendance.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget)

from app.ui.widgets.staff_picker import StaffPicker

class Ui_HuddleAttendance(object):
    def setupUi(self, attendanceGroup):
        if not attendanceGroup.objectName():
            attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.addAttendeeRow = QHBoxLayout()
        self.addAttendeeRow.setObjectName(u"addAttendeeRow")
        self.attendeeLabel = QLabel(attendanceGroup)
        self.attendeeLabel.setObjectName(u"attendeeLabel")

        self.addAttendeeRow.addWidget(self.attendeeLabel)

        self.attendeeName = StaffPicker(attendanceGroup)
        self.attendeeName.setObjectName(u"attendeeName")

        self.addAttendeeRow.addWidget(self.attendeeName)

        self.sameTeam = QPushButton(attendanceGroup)
        self.sameTeam.setObjectName(u"sameTeam")

        self.addAttendeeRow.addWidget(self.sameTeam)


        self.attendanceLayout.addLayout(self.addAttendeeRow)

        self.attendees = QListWidget(attendanceGroup)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setMaximumHeight(16777215)

        self.attendanceLayout.addWidget(self.attendees)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.roleCounts = QLabel(attendanceGroup)
        self.roleCounts.setObjectName(u"roleCounts")

        self.attendeeButtons.addWidget(self.roleCounts)

        self.removeAttendee = QPushButton(attendanceGroup)
        self.removeAttendee.setObjectName(u"removeAttendee")

        self.attendeeButtons.addWidget(self.removeAttendee)


        self.attendanceLayout.addLayout(self.attendeeButtons)

#if QT_CONFIG(shortcut)
        self.attendeeLabel.setBuddy(self.attendeeName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.attendeeName, self.sameTeam)
        QWidget.setTabOrder(self.sameTeam, self.attendees)
        QWidget.setTabOrder(self.attendees, self.removeAttendee)

        self.retranslateUi(attendanceGroup)

        QMetaObject.connectSlotsByName(attendanceGroup)
    # setupUi

    def retranslateUi(self, attendanceGroup):
        attendanceGroup.setTitle(QCoreApplication.translate("HuddleAttendance", u"Attendance", None))
        self.attendeeLabel.setText(QCoreApplication.translate("HuddleAttendance", u"&Who is here", None))
#if QT_CONFIG(accessibility)
        self.attendeeName.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Add a person to the attendance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sameTeam.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Same team as last time", None))
#endif // QT_CONFIG(accessibility)
        self.sameTeam.setText(QCoreApplication.translate("HuddleAttendance", u"Sa&me team as last time", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"People at this huddle (Delete removes the selected person)", None))
#endif // QT_CONFIG(accessibility)
        self.roleCounts.setText("")
#if QT_CONFIG(accessibility)
        self.removeAttendee.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Remove selected person from attendance", None))
#endif // QT_CONFIG(accessibility)
        self.removeAttendee.setText(QCoreApplication.translate("HuddleAttendance", u"Remove selected", None))
    # retranslateUi

